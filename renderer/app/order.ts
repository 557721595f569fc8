import { sameBody } from "../../shared/agency/index.js";
import type { AuditReport } from "../../shared/model/audit.js";

export const agencyOf = (r: AuditReport) => r.meta.agency ?? r.report.agency;
export const yearOf = (r: AuditReport) => r.meta.year ?? r.report.year;

/** The report list's order: by agency, then year (a report sits after last year's). */
export function byAgencyYear(a: AuditReport, b: AuditReport): number {
  return agencyOf(a).localeCompare(agencyOf(b), "zh-CN") || (yearOf(a) ?? 0) - (yearOf(b) ?? 0);
}

/**
 * Reports that share issuing body and year with another: the list names their file too. One body
 * printed with or without its parent places is one (洪泽区人民政府 = 淮安市洪泽区人民政府).
 */
export function ambiguous(reports: readonly AuditReport[]): Set<string> {
  const byYear = new Map<string, AuditReport[]>();
  for (const r of reports) {
    const k = String(yearOf(r));
    byYear.set(k, [...(byYear.get(k) ?? []), r]);
  }
  const twins = new Set<string>();
  for (const year of byYear.values())
    for (let i = 0; i < year.length; i++)
      for (let j = i + 1; j < year.length; j++) {
        const a = year[i]!;
        const b = year[j]!;
        if (sameBody(agencyOf(a), agencyOf(b)) || agencyOf(a) === agencyOf(b)) {
          twins.add(a.id);
          twins.add(b.id);
        }
      }
  return twins;
}
