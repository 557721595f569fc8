import { readError, type ReadError } from "../../../shared/model/errors.js";
import type { Report } from "../../../shared/model/report.js";
import { looksLikeReport } from "../adapters/folders.js";
import type { ParsePool, RunOptions } from "../workers/pool.js";
import type { ParseJob } from "../workers/protocol.js";

export interface BatchFile extends ParseJob {
  /** Found by walking a folder: a file that is no report is skipped, not failed. */
  fromFolder: boolean;
}

export type BatchResult =
  | { kind: "report"; report: Report; ms: number }
  | { kind: "skipped"; error: ReadError }
  | { kind: "failed"; error: ReadError }
  | { kind: "cancelled" };

/** What a file in a folder that is not a report reads as: another document, not a bad report. */
const SKIPPABLE = new Set(["NO_TABLES", "UNSUPPORTED_FORMAT", "NOT_TEXT", "HTML_NO_TEXT"]);

const notReport = () => readError("UNSUPPORTED_FORMAT", "不是年度报告文件，已跳过");

/** Reads a set of files in the pool: reports, skipped documents, failures, or cancelled. */
export async function readBatch(
  files: readonly BatchFile[],
  pool: ParsePool,
  run: RunOptions = {},
): Promise<BatchResult[]> {
  const out: BatchResult[] = files.map((f) =>
    f.fromFolder && !looksLikeReport(f.name)
      ? { kind: "skipped", error: notReport() }
      : { kind: "cancelled" },
  );
  const todo = files.flatMap((f, i) => (out[i]?.kind === "cancelled" ? [i] : []));
  const parsed = await pool.run(
    todo.map((i) => files[i] as BatchFile),
    run,
  );
  todo.forEach((i, k) => {
    const p = parsed[k];
    const f = files[i] as BatchFile;
    if (!p) return;
    if (p.result.ok) out[i] = { kind: "report", report: p.result.report, ms: p.ms };
    else
      out[i] = {
        kind: f.fromFolder && SKIPPABLE.has(p.result.error.code) ? "skipped" : "failed",
        error: p.result.error,
      };
  });
  return out;
}
