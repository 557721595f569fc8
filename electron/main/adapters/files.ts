import { readFile, stat } from "node:fs/promises";
import { readError, type ReadError } from "../../../shared/model/errors.js";

export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Reads a whole file within the size limit; I/O failures become a ReadError, never a throw. */
export async function readBytes(
  path: string,
  max = MAX_FILE_BYTES,
): Promise<Uint8Array | ReadError> {
  try {
    const st = await stat(path);
    if (!st.isFile()) return readError("READ_FAILED", "不是文件");
    if (st.size > max) return readError("FILE_TOO_LARGE", `${(st.size / 1048576).toFixed(1)} MB`);
    const buf = await readFile(path);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    return readError(
      "READ_FAILED",
      code === "ENOENT" ? "文件不存在" : code === "EACCES" ? "没有读取权限" : code,
    );
  }
}
