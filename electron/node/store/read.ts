import { readFile } from "node:fs/promises";
import { decodeAudit } from "./decode.js";
import { loadSql } from "./sqljs.js";
import { auditFileError, type AuditFileError, type StoredAudit } from "./types.js";

const FS_REASONS: Record<string, string> = {
  ENOENT: "文件不存在",
  EACCES: "没有读取权限",
  EPERM: "没有读取权限",
  EISDIR: "这是一个文件夹",
  EBUSY: "文件正被其他程序占用",
};

/** Opens an audit file; a file that cannot be opened is reported (and left as it is), never thrown. */
export async function readAuditFile(path: string): Promise<StoredAudit | AuditFileError> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    return auditFileError(
      "AUDIT_UNREADABLE",
      FS_REASONS[code] ?? (e instanceof Error ? e.message : String(e)),
    );
  }
  return decodeAudit(await loadSql(), bytes);
}
