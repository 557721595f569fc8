import { performance } from "node:perf_hooks";
import { readError } from "../../../shared/model/errors.js";
import { readReportBytes, readReportFile, type ReadResult } from "../services/reader.js";
import type { ParseJob } from "./protocol.js";

/** Reads one job's file into a report, in whichever thread calls it; never throws. */
export async function parseJob(job: ParseJob): Promise<{ result: ReadResult; ms: number }> {
  const t = performance.now();
  let result: ReadResult;
  try {
    const opts = job.noOcr ? { ocr: false as const } : {};
    result = job.bytes
      ? await readReportBytes(job.bytes, job.name, opts)
      : await readReportFile(job.path ?? job.name, opts);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    result = { ok: false, error: readError("READ_FAILED", message.slice(0, 200)) };
  }
  return { result, ms: performance.now() - t };
}
