import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Audit } from "../../../shared/model/audit.js";
import { isAuditFileError, readAuditFile, newAudit } from "../store/index.js";
import { defaultPool } from "../workers/pool.js";
import { newAuditReport } from "../../../shared/audit/new-report.js";
import { sha } from "./import-files.js";
import { readBatch } from "./batch.js";

export interface LoadedAudit {
  audit: Audit;
  /** Files that could not be read (or an audit file that could not be opened). */
  failures: { file: string; error: { code: string; message: string } }[];
}

/** An audit of report files read now, with nothing judged yet. */
export async function auditFromFiles(files: string[], inspector: string): Promise<LoadedAudit> {
  const audit = newAudit(inspector);
  const failures: LoadedAudit["failures"] = [];
  // Read in the parse workers, as `check` does.
  const read = await readBatch(
    files.map((f) => ({ name: f, path: f, fromFolder: false })),
    defaultPool(),
  );
  // The memo names each input by the SHA-256 of its bytes, as the workbench does.
  const hashes = await Promise.all(
    files.map(async (f) => sha(await readFile(f).catch(() => new Uint8Array()))),
  );
  read.forEach((o, i) => {
    if (o.kind === "skipped" || o.kind === "failed")
      failures.push({ file: o.file, error: o.error });
    if (o.kind !== "report") return;
    const origin = {
      id: randomUUID(),
      fileName: basename(o.file),
      sha256: hashes[i] ?? "",
      importedAt: audit.createdAt,
    };
    audit.reports.push(newAuditReport(origin, o.value.report));
  });
  return { audit, failures };
}

/** The audit saved in an .nbaudit file, with the inspector's verdicts and corrections. */
export async function auditFromStore(path: string): Promise<LoadedAudit> {
  const stored = await readAuditFile(path);
  if (isAuditFileError(stored))
    return { audit: newAudit(""), failures: [{ file: path, error: stored }] };
  return { audit: stored.audit, failures: [] };
}
