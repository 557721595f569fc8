import { createHash, randomUUID } from "node:crypto";
import type { Audit, AuditReport } from "../../../shared/model/audit.js";
import type { ReadError } from "../../../shared/model/errors.js";
import type { Report } from "../../../shared/model/report.js";
import type { ImportOutcome } from "../../../shared/ipc/contract.js";
import type { ParsePool, RunOptions } from "../workers/pool.js";
import { readBatch, type BatchResult } from "./batch.js";
import type { ReadResult } from "./reader.js";

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  /** Found by walking a folder: a file that is no report is skipped, not failed. */
  fromFolder: boolean;
  /** The file could not be read from disk (moved, deleted, a pipe): its bytes are empty. */
  error?: ReadError;
}

/** What an import changes: the audit's reports and failures, the stored sources, the history. */
export interface ImportTarget {
  audit: Audit;
  sources: Map<string, Uint8Array>;
  log(kind: string, reportId: string | null, detail: Record<string, unknown>): void;
}

export const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A report just read, with nothing judged yet; `sha256` is of the file's bytes. */
export function newReport(
  fileName: string,
  sha256: string,
  report: Report,
  importedAt = new Date().toISOString(),
): AuditReport {
  return {
    id: randomUUID(),
    fileName,
    sha256,
    format: report.format,
    importedAt,
    report,
    corrections: {},
    verdicts: {},
    remarks: [],
    meta: {},
    review: null,
    round: null,
  };
}

/**
 * Reads the files not yet in the audit in the pool and adds them: reports, failures, skipped
 * documents; a file whose bytes are already in the audit (or earlier in this import) is answered
 * with that report. Files a cancel left unread are only counted.
 */
export async function importInto(
  target: ImportTarget,
  files: readonly ImportFile[],
  pool: ParsePool,
  run: RunOptions,
  /** Reads a scan (PDF_NO_TEXT in the pool) again with OCR, with its own progress and cancel. */
  rescan?: (f: ImportFile) => Promise<ReadResult>,
): Promise<{ outcomes: ImportOutcome[]; cancelled: number }> {
  const { audit } = target;
  const hashes = files.map((f) => sha(f.bytes));
  const first = new Map<string, number>();
  const todo: number[] = [];
  hashes.forEach((h, i) => {
    if (files[i]?.error) return;
    if (first.has(h) || audit.reports.some((r) => r.sha256 === h)) return;
    first.set(h, i);
    todo.push(i);
  });
  const read = await readBatch(
    todo.map((i) => ({ ...(files[i] as ImportFile), noOcr: rescan !== undefined })),
    pool,
    run,
  );
  if (rescan)
    for (const [k, r] of read.entries()) {
      if (r.kind !== "failed" || r.error.code !== "PDF_NO_TEXT" || run.signal?.aborted) continue;
      const res = await rescan(files[todo[k] as number] as ImportFile);
      read[k] = res.ok
        ? { kind: "report", report: res.report, ms: 0 }
        : { kind: res.error.code === "OCR_CANCELLED" ? "skipped" : "failed", error: res.error };
    }
  const results = new Map(todo.map((i, k) => [i, read[k] as BatchResult]));
  const outcomeOf = new Map<number, ImportOutcome>();
  const outcomes: ImportOutcome[] = [];
  let cancelled = 0;
  files.forEach((f, i) => {
    const sha256 = hashes[i] as string;
    const r: BatchResult | undefined = f.error
      ? { kind: "failed", error: f.error }
      : results.get(i);
    if (!r) {
      const known = audit.reports.find((x) => x.sha256 === sha256);
      const twin = known
        ? { ok: true, reportId: known.id, skipped: false, error: null }
        : outcomeOf.get(first.get(sha256) ?? -1);
      if (twin) outcomes.push({ ...twin, fileName: f.name });
      else cancelled++;
      return;
    }
    if (r.kind === "cancelled") return void cancelled++;
    let o: ImportOutcome;
    if (r.kind === "report") {
      const report = newReport(f.name, sha256, r.report);
      audit.reports.push(report);
      target.sources.set(report.id, f.bytes);
      target.log("import", report.id, { fileName: f.name, sha256 });
      o = { fileName: f.name, ok: true, reportId: report.id, skipped: false, error: null };
    } else {
      const skipped = r.kind === "skipped";
      const at = new Date().toISOString();
      if (!skipped) audit.failures.push({ id: randomUUID(), fileName: f.name, error: r.error, at });
      target.log(skipped ? "skip" : "import-failed", null, { fileName: f.name, error: r.error });
      o = { fileName: f.name, ok: false, reportId: null, skipped, error: r.error };
    }
    outcomes.push(o);
    outcomeOf.set(i, o);
  });
  return { outcomes, cancelled };
}
