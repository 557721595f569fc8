import type { Report } from "../../model/report.js";

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

export function sameAgency(a: Report, b: Report): boolean {
  const k = agencyKey(a.agency);
  return k !== "" && k === agencyKey(b.agency);
}

/** The same agency's report for the year before, if the audit holds it. */
export function lastYear(report: Report, set: readonly Report[]): Report | undefined {
  if (report.year === null) return undefined;
  const year = report.year - 1;
  return set.find((r) => r !== report && r.year === year && sameAgency(r, report));
}
