import type { Report } from "../../model/report.js";
import { sameBody, sameName } from "../../agency/same.js";

/** One issuing body, printed with or without its parent places (shared/agency/same.ts). */
export function sameAgency(a: Report, b: Report): boolean {
  return sameBody(a.agency, b.agency);
}

/**
 * The same agency's report for the year before, if the audit holds it: the one printing the same
 * name, else the one body it can be (two 鼓楼区 of unnamed cities: neither).
 */
export function lastYear(report: Report, set: readonly Report[]): Report | undefined {
  if (report.year === null) return undefined;
  const year = report.year - 1;
  const of = set.filter((r) => r !== report && r.year === year && sameAgency(r, report));
  return of.find((r) => sameName(r.agency, report.agency)) ?? (of.length === 1 ? of[0] : undefined);
}
