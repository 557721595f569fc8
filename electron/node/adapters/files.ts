import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { readError, type ReadError } from "../../../shared/model/errors.js";

export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const REASONS: Record<string, string> = {
  ENOENT: "文件不存在（可能已被移动或删除）",
  EACCES: "没有读取权限",
  EPERM: "没有读取权限",
  EISDIR: "这是一个文件夹，不是文件",
  EBUSY: "文件正被其他程序占用",
  ELOOP: "符号链接循环",
};

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

// O_NONBLOCK: opening a named pipe must not wait for a writer (POSIX; 0 where it does not exist).
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a whole file within the size limit; I/O failures become a ReadError, never a throw.
 * The checks are made on the opened file, so a file swapped for a pipe, a folder or a bigger
 * file after it was listed is still caught.
 */
export async function readBytes(
  path: string,
  max = MAX_FILE_BYTES,
): Promise<Uint8Array | ReadError> {
  try {
    const h = await open(path, FLAGS);
    try {
      const st = await h.stat();
      if (!st.isFile()) return readError("READ_FAILED", "不是普通文件");
      if (st.size > max) return readError("FILE_TOO_LARGE", `${mb(st.size)}，上限 ${mb(max)}`);
      // One byte more than stat said: a file still being written is noticed, not cut short.
      const buf = Buffer.alloc(st.size + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await h.read(buf, length, buf.length - length, length);
        length += bytesRead;
        if (bytesRead === 0 || length === buf.length) break;
      }
      if (length > st.size) return readError("READ_FAILED", "文件在读取时仍在写入，请稍后再试");
      return new Uint8Array(buf.buffer, buf.byteOffset, length);
    } finally {
      await h.close();
    }
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    return readError("READ_FAILED", REASONS[code] ?? (code || String(e)));
  }
}
