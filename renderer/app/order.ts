import type { AuditReport } from "../../shared/model/audit.js";

export const agencyOf = (r: AuditReport) => r.meta.agency ?? r.report.agency;
export const yearOf = (r: AuditReport) => r.meta.year ?? r.report.year;

/** The report list's order: by agency, then year (a report sits after last year's). */
export function byAgencyYear(a: AuditReport, b: AuditReport): number {
  return agencyOf(a).localeCompare(agencyOf(b), "zh-CN") || (yearOf(a) ?? 0) - (yearOf(b) ?? 0);
}

/** Reports that share agency and year with another: the list names their file too. */
export function ambiguous(reports: readonly AuditReport[]): Set<string> {
  const seen = new Map<string, string[]>();
  for (const r of reports) {
    const k = `${agencyOf(r)}|${yearOf(r)}`;
    seen.set(k, [...(seen.get(k) ?? []), r.id]);
  }
  return new Set([...seen.values()].filter((ids) => ids.length > 1).flat());
}
