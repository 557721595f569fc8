import type { OverviewRow } from "./rows.js";

export type RowFilter = "all" | "errors" | "late" | "open";

export const ROW_FILTERS: { id: RowFilter; name: string }[] = [
  { id: "all", name: "全部" },
  { id: "errors", name: "有错误" },
  { id: "late", name: "逾期公布" },
  { id: "open", name: "未审完" },
];

export function filterRows(rows: readonly OverviewRow[], f: RowFilter): OverviewRow[] {
  if (f === "errors") return rows.filter((r) => r.errors > 0);
  if (f === "late") return rows.filter((r) => r.deadline === "late");
  if (f === "open") return rows.filter((r) => r.reviewed < r.findings);
  return [...rows];
}
