import { outcomeOf, passedOver, type FileOutcome } from "../../../shared/model/outcome.js";
import type { Report } from "../../../shared/model/report.js";
import type { ParsePool, RunOptions } from "../workers/pool.js";
import type { ParseJob } from "../workers/protocol.js";

export interface BatchFile extends ParseJob {
  /** Found by walking a folder: a file that is no report is skipped, not failed. */
  fromFolder: boolean;
}

/** A report as the batch read it, with the time its parse took. */
export interface Timed {
  report: Report;
  ms: number;
}

/**
 * Reads a set of files in the pool, scans recognised in the same jobs: one outcome per file,
 * named by its job's name (reports, skipped documents, failures, or cancelled).
 */
export async function readBatch(
  files: readonly BatchFile[],
  pool: ParsePool,
  run: RunOptions = {},
): Promise<FileOutcome<Timed>[]> {
  const out: FileOutcome<Timed>[] = files.map(
    (f) => passedOver(f.path ?? f.name, f.fromFolder) ?? { file: f.name, kind: "cancelled" },
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
    const { result, ms } = p;
    out[i] = outcomeOf(
      f.name,
      f.fromFolder,
      result.ok ? { ok: true, value: { report: result.report, ms } } : result,
    );
  });
  return out;
}
