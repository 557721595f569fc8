import type { Report } from "../../model/report.js";
import { sameBody, sameName } from "../../agency/same.js";

const keys = new Map<string, string>();

/** Agency names compare without spacing, width or the 人民 of 人民政府 (县政府 = 县人民政府). */
export function agencyKey(name: string): string {
  const hit = keys.get(name);
  if (hit !== undefined) return hit;
  // Every pair of an audit's reports is compared: the names are normalised once.
  if (keys.size > 10_000) keys.clear();
  const key = name
    .normalize("NFKC")
    .replace(/[\s\p{P}]+/gu, "")
    .replace(/人民政府/gu, "政府");
  keys.set(name, key);
  return key;
}

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
