import type { AuditReport } from "../model/audit.js";
import type { CellValue, TemplateVersion } from "../model/report.js";
import { t3RowLabel, tableName, tableTitle } from "../messages/labels.js";
import { T2_BLOCKS } from "../templates/table2.js";
import { T3_COLUMNS, T3_ROWS } from "../templates/table3.js";
import { T4_COLUMNS, T4_GROUPS } from "../templates/table4.js";

export interface TableCellOut {
  id: string;
  /** The value the rules see: the correction, else what was printed. */
  value: CellValue;
  printed: string;
  /** Whether the reader found the cell at all (an unread cell is never the report's blank). */
  read: boolean;
  corrected: boolean;
}

export interface TableOut {
  title: string;
  header: string[];
  rows: { label: string; cells: TableCellOut[] }[];
}

function cellOut(a: AuditReport, id: string): TableCellOut {
  const printed = a.report.cells[id];
  const fix = a.corrections[id];
  return {
    id,
    value: fix ? fix.value : (printed?.value ?? null),
    printed: printed?.text ?? "",
    read: printed !== undefined,
    corrected: Boolean(fix),
  };
}

/** The report's tables 二–四 in the template's rows and columns, with the corrections applied. */
export function correctedTables(a: AuditReport): TableOut[] {
  const year = a.meta.year ?? a.report.year;
  const v: TemplateVersion = a.report.template ?? (year !== null && year >= 2021 ? "2021" : "2019");
  const t2 = T2_BLOCKS[v].map((b) => ({
    title: `${tableName(2)}\u3000${tableTitle(2)}（${b.item}）`,
    header: ["信息内容", ...b.columns.map((c) => c.label)],
    rows: b.rows.map((r) => ({
      label: r.label,
      cells: b.columns.map((c) => cellOut(a, `t2.${r.key}.${c.key}`)),
    })),
  }));
  const t3 = {
    title: `${tableName(3)}\u3000${tableTitle(3)}`,
    header: ["", ...T3_COLUMNS.map((c) => c.label)],
    rows: T3_ROWS[v].map((r) => ({
      label: t3RowLabel(r.key),
      cells: T3_COLUMNS.map((c) => cellOut(a, `t3.${r.key}.${c.key}`)),
    })),
  };
  const t4 = {
    title: `${tableName(4)}\u3000${tableTitle(4)}`,
    header: ["", ...T4_COLUMNS.map((c) => c.label)],
    rows: T4_GROUPS.map((g, i) => ({
      label: i === 0 ? g.label : `行政诉讼·${g.label}`,
      cells: T4_COLUMNS.map((c) => cellOut(a, `t4.${g.key}.${c.key}`)),
    })),
  };
  return [...t2, t3, t4];
}
