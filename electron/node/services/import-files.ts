import { createHash, randomUUID } from "node:crypto";
import type { Audit, ImportFailure } from "../../../shared/model/audit.js";
import { newAuditReport } from "../../../shared/audit/new-report.js";
import type { ReadError } from "../../../shared/model/errors.js";
import type { Report } from "../../../shared/model/report.js";
import type { ImportOutcome } from "../../../shared/ipc/contract.js";
import { passedOver, type FileOutcome, type Unread } from "../../../shared/model/outcome.js";
import type { ParsePool, RunOptions } from "../workers/pool.js";
import { readBatch, type Timed } from "./batch.js";

export interface ImportFile {
  name: string;
  /** Where it was found on disk, when it was. */
  path?: string;
  /** None when the file was not read: passed over by its name, or `error`. */
  bytes?: Uint8Array;
  /** Found by walking a folder: a file that is no report is skipped, not failed. */
  fromFolder: boolean;
  /** The file could not be read from disk (moved, deleted, a pipe). */
  error?: ReadError;
}

/** What an import changes: the audit's reports and failures, the stored sources, the history. */
export interface ImportTarget {
  audit: Audit;
  sources: Map<string, Uint8Array>;
  log(kind: string, reportId: string | null, detail: Record<string, unknown>): void;
}

/** What an import came to: one outcome per file, and what it added to the audit. */
export interface Imported {
  outcomes: ImportOutcome[];
  cancelled: number;
  /** The ids of the reports it added. */
  added: string[];
  failures: ImportFailure[];
}

export const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * Reads the files not yet in the audit in the pool (a scan is recognised in its own job, its
 * progress and stop in `run.onScan`) and adds them: reports, failures, skipped documents; a file
 * whose bytes are already in the audit (or earlier in this import) is answered with that report.
 * Files a cancel left unread are only counted.
 */
export async function importInto(
  target: ImportTarget,
  files: readonly ImportFile[],
  pool: ParsePool,
  run: RunOptions,
): Promise<Imported> {
  const { audit } = target;
  const known = (f: ImportFile): Unread | null =>
    f.error
      ? { file: f.name, kind: "failed", error: f.error }
      : passedOver(f.path ?? f.name, f.fromFolder);
  const settled = files.map(known);
  const hashes = files.map((f, i) => (settled[i] || !f.bytes ? "" : sha(f.bytes)));
  const first = new Map<string, number>();
  const todo: number[] = [];
  hashes.forEach((h, i) => {
    if (!h || first.has(h) || audit.reports.some((r) => r.sha256 === h)) return;
    first.set(h, i);
    todo.push(i);
  });
  const read = await readBatch(
    todo.map((i) => files[i] as ImportFile),
    pool,
    run,
  );
  const results = new Map(todo.map((i, k) => [i, read[k] as FileOutcome<Timed>]));
  const outcomes: ImportOutcome[] = [];
  const byIndex = new Map<number, ImportOutcome>();
  const added: string[] = [];
  const failures: ImportFailure[] = [];
  let cancelled = 0;
  files.forEach((f, i) => {
    const sha256 = hashes[i] as string;
    const r = settled[i] ?? results.get(i);
    if (!r) {
      const twin = audit.reports.find((x) => x.sha256 === sha256)?.id;
      const o = twin
        ? { kind: "report" as const, value: twin }
        : byIndex.get(first.get(sha256) ?? -1);
      if (o) outcomes.push({ ...o, file: f.name });
      else cancelled++;
      return;
    }
    if (r.kind === "cancelled") return void cancelled++;
    const o =
      r.kind === "report" ? add(target, f, sha256, r.value.report) : fail(target, r, failures);
    if (o.kind === "report") added.push(o.value);
    outcomes.push(o);
    byIndex.set(i, o);
  });
  return { outcomes, cancelled, added, failures };
}

function add(target: ImportTarget, f: ImportFile, sha256: string, read: Report): ImportOutcome {
  const origin = {
    id: randomUUID(),
    fileName: f.name,
    sha256,
    importedAt: new Date().toISOString(),
  };
  const report = newAuditReport(origin, read);
  target.audit.reports.push(report);
  target.sources.set(report.id, f.bytes as Uint8Array);
  target.log("import", report.id, { fileName: f.name, sha256 });
  return { file: f.name, kind: "report", value: report.id };
}

function fail(target: ImportTarget, r: Unread, failures: ImportFailure[]): ImportOutcome {
  const skipped = r.kind === "skipped";
  const at = new Date().toISOString();
  if (!skipped) {
    const failure = { id: randomUUID(), fileName: r.file, error: r.error, at };
    target.audit.failures.push(failure);
    failures.push(failure);
  }
  target.log(skipped ? "skip" : "import-failed", null, { fileName: r.file, error: r.error });
  return r;
}
