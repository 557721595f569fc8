import { agencyKey } from "../../../shared/rules/index.js";
import type { OverviewRow } from "./rows.js";

export interface AgencyRank {
  agency: string;
  reports: number;
  errors: number;
  warnings: number;
  /** The report with most problems, to open from the ranking. */
  worst: string;
}

/** Agencies by their problems across all their reports: errors first, then warnings. */
export function agencyRanking(rows: readonly OverviewRow[]): AgencyRank[] {
  const by = new Map<string, AgencyRank & { worstScore: number }>();
  for (const r of rows) {
    const key = agencyKey(r.agency) || r.id;
    const a = by.get(key) ?? {
      agency: r.agency,
      reports: 0,
      errors: 0,
      warnings: 0,
      worst: r.id,
      worstScore: -1,
    };
    a.reports++;
    a.errors += r.errors;
    a.warnings += r.warnings;
    const score = r.errors * 1000 + r.warnings;
    if (score > a.worstScore) Object.assign(a, { worst: r.id, worstScore: score });
    by.set(key, a);
  }
  return [...by.values()]
    .map(({ worstScore: _, ...a }) => a)
    .filter((a) => a.errors + a.warnings > 0)
    .sort(
      (x, y) =>
        y.errors - x.errors || y.warnings - x.warnings || x.agency.localeCompare(y.agency, "zh-CN"),
    );
}
