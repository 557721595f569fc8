import type { Report, TemplateVersion } from "../../model/report.js";
import { T3_COLUMNS, T3_ROWS, type T3Row } from "../../templates/table3.js";
import { T4_COLUMNS, T4_GROUPS } from "../../templates/table4.js";

/** The template version of table 三 as printed: the report's, else told by its 其他处理 rows. */
export function t3Version(report: Report): TemplateVersion {
  if (report.template) return report.template;
  return Object.keys(report.cells).some((id) => id.startsWith("t3.other.noCorrection."))
    ? "2021"
    : "2019";
}

/**
 * The rows of table 三 as printed: the template's, except that a 2021 report printing （六）其他处理
 * as one 2019-style row (t3.other.*, S07) has that row instead of its three.
 */
export function t3Rows(report: Report): readonly T3Row[] {
  const rows = T3_ROWS[t3Version(report)];
  const merged =
    report.template === "2021" &&
    Object.keys(report.cells).some(
      (id) => id.startsWith("t3.other.") && id.split(".").length === 3,
    ) &&
    !Object.keys(report.cells).some(
      (id) => id.split(".").length === 4 && id.startsWith("t3.other."),
    );
  if (!merged) return rows;
  const single = T3_ROWS["2019"].find((r) => r.key === "other") as T3Row;
  const at = rows.findIndex((r) => r.key.startsWith("other."));
  return [
    ...rows.slice(0, at),
    single,
    ...rows.slice(at).filter((r) => !r.key.startsWith("other.")),
  ];
}

/** Row keys of table 三 counted in the sum of results (A02). */
export function t3ResultRows(report: Report): string[] {
  return t3Rows(report)
    .filter((r) => r.result)
    .map((r) => r.key);
}

/** Row keys of a kind of answer of table 三 (不予公开 → denied.*; 其他处理 → other or other.*). */
export function t3GroupRows(report: Report, group: string): string[] {
  return t3Rows(report)
    .filter((r) => r.group === group || (group === "其他处理" && r.key === "other"))
    .map((r) => r.key);
}

/** Row and column keys of tables 三 and 四 (table 四: one row per group). */
export function tableAxes(
  report: Report,
  table: "t3" | "t4",
): { rows: string[]; columns: string[] } {
  if (table === "t4")
    return { rows: T4_GROUPS.map((g) => g.key), columns: T4_COLUMNS.map((c) => c.key) };
  return {
    rows: t3Rows(report).map((r) => r.key),
    columns: T3_COLUMNS.map((c) => c.key),
  };
}
