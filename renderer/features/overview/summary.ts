import type { OverviewRow } from "./rows.js";

export interface SetSummary {
  reports: number;
  withErrors: number;
  late: number;
  findings: number;
  reviewed: number;
}

/** The figures at the head of the overview. */
export function setSummary(rows: readonly OverviewRow[]): SetSummary {
  return {
    reports: rows.length,
    withErrors: rows.filter((r) => r.errors > 0).length,
    late: rows.filter((r) => r.deadline === "late").length,
    findings: rows.reduce((n, r) => n + r.findings, 0),
    reviewed: rows.reduce((n, r) => n + r.reviewed, 0),
  };
}
