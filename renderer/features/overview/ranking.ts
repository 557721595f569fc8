import { sameBody } from "../../../shared/agency/index.js";
import type { OverviewRow } from "./rows.js";

export interface AgencyRank {
  agency: string;
  reports: number;
  errors: number;
  warnings: number;
  /** The report with most problems, to open from the ranking. */
  worst: string;
}

interface Group extends AgencyRank {
  names: string[];
  worstScore: number;
}

/**
 * Agencies by their problems across all their reports: errors first, then warnings. One body's
 * reports count together however its name prints its parent places (洪泽区人民政府 =
 * 淮安市洪泽区人民政府); the longest name shows.
 */
export function agencyRanking(rows: readonly OverviewRow[]): AgencyRank[] {
  const groups: Group[] = [];
  for (const r of rows) {
    let a = groups.find((g) => g.names.every((n) => sameBody(n, r.agency)));
    if (!a) {
      a = {
        agency: r.agency,
        names: [],
        reports: 0,
        errors: 0,
        warnings: 0,
        worst: r.id,
        worstScore: -1,
      };
      groups.push(a);
    }
    a.names.push(r.agency);
    if (r.agency.length > a.agency.length) a.agency = r.agency;
    a.reports++;
    a.errors += r.errors;
    a.warnings += r.warnings;
    const score = r.errors * 1000 + r.warnings;
    if (score > a.worstScore) Object.assign(a, { worst: r.id, worstScore: score });
  }
  return groups
    .map(({ worstScore: _, names: __, ...a }) => a)
    .filter((a) => a.errors + a.warnings > 0)
    .sort(
      (x, y) =>
        y.errors - x.errors || y.warnings - x.warnings || x.agency.localeCompare(y.agency, "zh-CN"),
    );
}
