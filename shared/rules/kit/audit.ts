import type { Report } from "../../model/report.js";
import { sameBody, sameName } from "../../agency/same.js";
import { perSet, type PerSet } from "./per-set.js";

/** One issuing body, printed with or without its parent places (shared/agency/same.ts). */
export function sameAgency(a: Report, b: Report): boolean {
  return sameBody(a.agency, b.agency);
}

const byYear = new WeakMap<readonly Report[], PerSet<Map<number, Report[]>>>();

/** The reports of a set printing this year, in its order: looked up, not filtered, per report. */
function ofYear(set: readonly Report[], year: number): readonly Report[] {
  const years = perSet(byYear, set, "", () => {
    const out = new Map<number, Report[]>();
    for (const r of set) {
      if (r.year === null) continue;
      const at = out.get(r.year);
      if (at) at.push(r);
      else out.set(r.year, [r]);
    }
    return out;
  });
  // A Map finds NaN under NaN; `===` never does.
  return Number.isNaN(year) ? [] : (years.get(year) ?? []);
}

/**
 * The same agency's report for the year before, if the audit holds it: the one printing the same
 * name, else the one body it can be (two 鼓楼区 of unnamed cities: neither).
 */
export function lastYear(report: Report, set: readonly Report[]): Report | undefined {
  if (report.year === null) return undefined;
  const year = report.year - 1;
  const of = ofYear(set, year).filter((r) => r !== report && sameAgency(r, report));
  return of.find((r) => sameName(r.agency, report.agency)) ?? (of.length === 1 ? of[0] : undefined);
}
