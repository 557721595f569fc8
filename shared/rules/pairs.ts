import type { Report } from "../model/report.js";
import { lastYear } from "./kit/audit.js";

/** Two reports of one agency (by normalised name) for consecutive years, as indices of the set. */
export interface YearPair {
  earlier: number;
  later: number;
}

/** Every pair the cross-year rules (Y01, Y02) compare: each report with its agency's year before. */
export function yearPairs(reports: readonly Report[]): YearPair[] {
  const index = new Map(reports.map((r, i) => [r, i]));
  return reports.flatMap((r, later) => {
    const last = lastYear(r, reports);
    const earlier = last ? index.get(last) : undefined;
    return earlier === undefined ? [] : [{ earlier, later }];
  });
}
