import { readError } from "../../../shared/model/errors.js";
import type { Parsed } from "./pool.js";

/** What a file reads as when its worker could not finish it. */
export const overtime = (ms: number): Parsed => ({
  result: { ok: false, error: readError("TOO_COMPLEX", `读取超过 ${ms / 1000} 秒，已停止`) },
  ms,
});

export const tooBig = (heapMb: number): Parsed => ({
  result: { ok: false, error: readError("TOO_COMPLEX", `解析所需内存超过 ${heapMb} MB`) },
  ms: 0,
});

export const crashed = (why: string): Parsed => ({
  result: { ok: false, error: readError("READ_FAILED", `解析进程异常退出（${why}）`) },
  ms: 0,
});

export const stopped = (): Parsed => ({
  result: { ok: false, error: readError("OCR_CANCELLED") },
  ms: 0,
});
