import type { AuditReport } from "../../../shared/model/audit.js";
import { sameBody } from "../../../shared/agency/index.js";

const agencyOf = (r: AuditReport) => r.meta.agency ?? r.report.agency;
const yearOf = (r: AuditReport) => r.meta.year ?? r.report.year;

/**
 * Reports this one may be the corrected version of: the same body (printed with or without its
 * parent places) and year, earlier, not a cycle.
 */
export function roundCandidates(r: AuditReport, all: readonly AuditReport[]): AuditReport[] {
  const descendsFrom = (x: AuditReport): boolean => {
    const seen = new Set<string>();
    for (let at: AuditReport | undefined = x; at; at = all.find((y) => y.id === at?.round?.of)) {
      if (at.id === r.id) return true;
      if (seen.has(at.id)) return false;
      seen.add(at.id);
    }
    return false;
  };
  return all.filter(
    (x) =>
      x.id !== r.id &&
      sameBody(agencyOf(x), agencyOf(r)) &&
      yearOf(x) === yearOf(r) &&
      x.sha256 !== r.sha256 &&
      x.importedAt <= r.importedAt &&
      !descendsFrom(x),
  );
}
