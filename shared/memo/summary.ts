import { SEVERITY_NAMES } from "../messages/labels.js";
import { UNKNOWN_AGENCY } from "./reports.js";
import type { MemoReport, SummaryRow } from "./types.js";

export const SUMMARY_COLUMNS = [
  "序号",
  "单位",
  "年度",
  SEVERITY_NAMES.error,
  SEVERITY_NAMES.warning,
  "确认问题",
  "审核结论",
];

export function summaryRows(reports: readonly MemoReport[]): SummaryRow[] {
  return reports.map((r) => ({
    agency: r.agency || UNKNOWN_AGENCY,
    year: r.year === null ? "—" : String(r.year),
    errors: r.counts.error,
    warnings: r.counts.warning,
    stated: r.stated,
    status: r.conclusion,
  }));
}

/** 2020年, 2020—2021年, or nothing when no year was read. */
export function yearsTitle(reports: readonly MemoReport[]): string {
  const years = [...new Set(reports.flatMap((r) => (r.year === null ? [] : [r.year])))].sort();
  if (!years.length) return "";
  const first = years[0] as number;
  const last = years[years.length - 1] as number;
  return first === last ? `${first}年` : `${first}—${last}年`;
}
