import type { Report, TemplateVersion } from "../../model/report.js";
import { T3_COLUMNS, T3_ROWS } from "../../templates/table3.js";
import { T4_COLUMNS, T4_GROUPS } from "../../templates/table4.js";

/** The template version of table 三 as printed: the report's, else told by its 其他处理 rows. */
export function t3Version(report: Report): TemplateVersion {
  if (report.template) return report.template;
  return Object.keys(report.cells).some((id) => id.startsWith("t3.other.noCorrection."))
    ? "2021"
    : "2019";
}

/** Row keys of table 三 counted in the sum of results (A02). */
export function t3ResultRows(report: Report): string[] {
  return T3_ROWS[t3Version(report)].filter((r) => r.result).map((r) => r.key);
}

/** Row and column keys of tables 三 and 四 (table 四: one row per group). */
export function tableAxes(
  report: Report,
  table: "t3" | "t4",
): { rows: string[]; columns: string[] } {
  if (table === "t4")
    return { rows: T4_GROUPS.map((g) => g.key), columns: T4_COLUMNS.map((c) => c.key) };
  return {
    rows: T3_ROWS[t3Version(report)].map((r) => r.key),
    columns: T3_COLUMNS.map((c) => c.key),
  };
}
