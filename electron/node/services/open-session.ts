import { existsSync } from "node:fs";
import { mkdir, readFile, readdir } from "node:fs/promises";
import { dirname, join, basename } from "node:path";
import type { HostMode } from "../../../shared/ipc/contract.js";
import {
  isAuditFileError,
  newAudit,
  readAuditFile,
  readSettings,
  type AuditFileError,
} from "../store/index.js";
import { AuditSession } from "./audit-service.js";

/** A file that cannot be opened: say so, and whether its automatic backup (`.bak`) can be. */
async function withBackupHint(path: string, error: AuditFileError): Promise<AuditFileError> {
  const bak = `${path}.bak`;
  if (!existsSync(bak) || isAuditFileError(await readAuditFile(bak))) return error;
  return {
    ...error,
    message: `${error.message}。上一版本的自动备份 ${basename(bak)} 完好，可复制为新的审核文件后打开`,
  };
}

/**
 * Opens the audit at `path`, or starts a new one there. A new audit gets the sample reports of
 * `samplesDir` (if given) so a first start shows a real audit. A file that cannot be read is
 * reported and never overwritten.
 */
export async function openSession(
  path: string,
  mode: HostMode,
  samplesDir?: string,
): Promise<AuditSession | AuditFileError> {
  if (existsSync(path)) {
    const stored = await readAuditFile(path);
    if (isAuditFileError(stored)) return withBackupHint(path, stored);
    return new AuditSession(path, stored, mode);
  }
  await mkdir(dirname(path), { recursive: true });
  // The name typed on a first start; none yet: the workbench asks (never the system account).
  const { inspector } = await readSettings(dirname(path));
  const session = new AuditSession(
    path,
    { audit: newAudit(inspector), sources: new Map(), history: [] },
    mode,
  );
  const samples = samplesDir && existsSync(samplesDir) ? (await readdir(samplesDir)).sort() : [];
  const files = await Promise.all(
    samples.map(async (name) => ({
      name: basename(name),
      bytes: new Uint8Array(await readFile(join(samplesDir as string, name))),
      fromFolder: false,
    })),
  );
  if (files.length) await session.importFiles(files);
  else await session.save();
  return session;
}
