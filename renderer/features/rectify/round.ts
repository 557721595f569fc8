import type { AuditReport } from "../../../shared/model/audit.js";
import { agencyKey } from "../../../shared/rules/index.js";

const agencyOf = (r: AuditReport) => r.meta.agency ?? r.report.agency;
const yearOf = (r: AuditReport) => r.meta.year ?? r.report.year;

/** Reports this one may be the corrected version of: same agency and year, earlier, not a cycle. */
export function roundCandidates(r: AuditReport, all: readonly AuditReport[]): AuditReport[] {
  const key = agencyKey(agencyOf(r));
  if (!key) return [];
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
      agencyKey(agencyOf(x)) === key &&
      yearOf(x) === yearOf(r) &&
      x.sha256 !== r.sha256 &&
      x.importedAt <= r.importedAt &&
      !descendsFrom(x),
  );
}
