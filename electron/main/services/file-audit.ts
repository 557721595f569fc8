import { createHash, randomUUID } from "node:crypto";
import { basename } from "node:path";
import type { Audit } from "../../../shared/model/audit.js";
import type { ReadError } from "../../../shared/model/errors.js";
import { readAuditFile, newAudit } from "../store/index.js";
import { defaultPool } from "../workers/pool.js";

export interface LoadedAudit {
  audit: Audit;
  /** Files that could not be read (or an audit file that could not be opened). */
  failures: { file: string; error: { code: string; message: string } }[];
}

const digest = (s: string) => createHash("sha256").update(s).digest("hex");

/** An audit of report files read now, with nothing judged yet. */
export async function auditFromFiles(files: string[], inspector: string): Promise<LoadedAudit> {
  const audit = newAudit(inspector);
  const failures: LoadedAudit["failures"] = [];
  // Read in the parse workers, as `check` does.
  const parsed = await defaultPool().run(files.map((f) => ({ name: f, path: f })));
  parsed.forEach((p, i) => {
    const file = files[i] as string;
    const res = p?.result;
    if (!res) return;
    if (!res.ok) {
      failures.push({ file, error: res.error as ReadError });
      return;
    }
    audit.reports.push({
      id: randomUUID(),
      fileName: basename(file),
      sha256: digest(res.report.text),
      format: res.report.format,
      importedAt: audit.createdAt,
      report: res.report,
      corrections: {},
      verdicts: {},
      remarks: [],
      meta: {},
      review: null,
      round: null,
    });
  });
  return { audit, failures };
}

/** The audit saved in an .nbaudit file, with the inspector's verdicts and corrections. */
export async function auditFromStore(path: string): Promise<LoadedAudit> {
  const stored = await readAuditFile(path);
  if ("code" in stored) return { audit: newAudit(""), failures: [{ file: path, error: stored }] };
  return { audit: stored.audit, failures: [] };
}
