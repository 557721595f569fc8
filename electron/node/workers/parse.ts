import { performance } from "node:perf_hooks";
import { readError } from "../../../shared/model/errors.js";
import type { ScanHooks } from "../recognizer/pages.js";
import { readReportBytes, readReportFile, type ReadResult } from "./reader.js";
import type { ParseJob } from "./protocol.js";

/**
 * Reads one job's file into a report, in whichever thread calls it; never throws. A .pdf without
 * a text layer is recognised here, in the same job (`hooks` report and stop it), unless the job
 * refuses scans.
 */
export async function parseJob(
  job: ParseJob,
  hooks: ScanHooks = {},
): Promise<{ result: ReadResult; ms: number }> {
  const t = performance.now();
  let result: ReadResult;
  try {
    const opts = { ocr: job.noOcr ? (false as const) : hooks };
    result = job.bytes
      ? await readReportBytes(job.bytes, job.name, opts)
      : await readReportFile(job.path ?? job.name, opts);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    result = { ok: false, error: readError("READ_FAILED", message.slice(0, 200)) };
  }
  return { result, ms: performance.now() - t };
}
