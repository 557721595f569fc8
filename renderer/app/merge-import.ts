import type { AuditSnapshot, ImportChanges } from "../../shared/ipc/contract.js";

/** The later of two ISO times: a change's answer may arrive after a later one's. */
const later = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/**
 * The audit the renderer holds with what an import added: every report it already held keeps its
 * object (its verdicts, corrections and remarks given meanwhile stay, and what was derived from it
 * is not derived again); a report or failure it already holds is not added twice. Null when the
 * changes are of another audit: the whole audit is then asked for.
 */
export function mergeImport(held: AuditSnapshot, changes: ImportChanges): AuditSnapshot | null {
  const { audit } = held;
  if (audit.id !== changes.auditId) return null;
  const ids = new Set(audit.reports.map((r) => r.id));
  const reports = changes.reports.filter((r) => !ids.has(r.id));
  const failed = new Set(audit.failures.map((f) => f.id));
  const failures = changes.failures.filter((f) => !failed.has(f.id));
  return {
    ...held,
    savedAt: later(held.savedAt, changes.savedAt),
    historySeq: Math.max(held.historySeq, changes.historySeq),
    audit: {
      ...audit,
      updatedAt: later(audit.updatedAt, changes.updatedAt) ?? audit.updatedAt,
      reports: reports.length ? [...audit.reports, ...reports] : audit.reports,
      failures: failures.length ? [...audit.failures, ...failures] : audit.failures,
    },
  };
}
