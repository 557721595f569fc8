import type { TemplateVersion } from "../../../shared/model/report.js";
import { T2_BLOCKS } from "../../../shared/templates/table2.js";
import {
  T3_COLUMNS,
  T3_GROUP_PRINTED,
  T3_ROWS,
  T3_ROW_PRINTED,
} from "../../../shared/templates/table3.js";
import { T4_COLUMNS, T4_GROUPS } from "../../../shared/templates/table4.js";
import { cellView, type CellSource } from "./cells.js";
import type { ColumnNode, GridRow, TableBlock } from "./model.js";
import { layoutRows, T3_LABEL_WIDTHS } from "./layout.js";

/** Table 二 in its blocks, each under its own 第二十条 header (template.md). */
export function table2(v: TemplateVersion, src: CellSource): TableBlock[] {
  return T2_BLOCKS[v].map((b, i) => ({
    id: `t2-${i}`,
    title: b.item,
    labelHeaders: ["信息内容"],
    columns: b.columns.map((c) => ({ label: c.label, key: c.key })),
    rows: b.rows.map((r) => ({
      key: r.key,
      labels: [r.label],
      cells: Object.fromEntries(
        b.columns.map((c) => [c.key, cellView(src, `t2.${r.key}.${c.key}`, !!c.signed)]),
      ),
    })),
  }));
}

const T3_HEADER: ColumnNode[] = [
  {
    label: "申请人情况",
    children: [
      { label: "自然人", key: "natural" },
      {
        label: "法人或其他组织",
        children: T3_COLUMNS.slice(1, 6).map((c) => ({ label: c.label, key: c.key })),
      },
      { label: "总计", key: "total" },
    ],
  },
];

/** The three label columns of a table 三 row: part, group and item, equal where merged. */
export function t3Labels(key: string): string[] {
  const own = T3_ROW_PRINTED[key] ?? key;
  if (key === "new" || key === "carried" || key === "carryOver") return [own, own, own];
  const row = [...T3_ROWS["2019"], ...T3_ROWS["2021"]].find((r) => r.key === key);
  const group = row?.group ? T3_GROUP_PRINTED[row.group] : undefined;
  const part = "三、本年度办理结果";
  return group ? [part, group, own] : [part, own, own];
}

export function table3(v: TemplateVersion, src: CellSource, compact = false): TableBlock {
  const rows: GridRow[] = T3_ROWS[v].map((r) => ({
    key: r.key,
    labels: t3Labels(r.key),
    cells: Object.fromEntries(
      T3_COLUMNS.map((c) => [c.key, cellView(src, `t3.${r.key}.${c.key}`)]),
    ),
  }));
  return {
    id: "t3",
    title: null,
    labelHeaders: ["", "", ""],
    columns: T3_HEADER,
    rows: layoutRows(rows, T3_LABEL_WIDTHS, compact),
  };
}

const T4_HEADER: ColumnNode[] = [
  {
    label: "行政复议",
    children: T4_COLUMNS.map((c) => ({ label: c.label, key: `review.${c.key}` })),
  },
  {
    label: "行政诉讼",
    children: T4_GROUPS.slice(1).map((g) => ({
      label: g.label,
      children: T4_COLUMNS.map((c) => ({ label: c.label, key: `${g.key}.${c.key}` })),
    })),
  },
];

/** Table 四: one row of 15 numbers under 行政复议 and 行政诉讼 (two groups of five). */
export function table4(src: CellSource): TableBlock {
  const cells = Object.fromEntries(
    T4_GROUPS.flatMap((g) =>
      T4_COLUMNS.map((c) => [`${g.key}.${c.key}`, cellView(src, `t4.${g.key}.${c.key}`)]),
    ),
  );
  return {
    id: "t4",
    title: null,
    labelHeaders: [],
    columns: T4_HEADER,
    rows: [{ key: "t4", labels: [], cells }],
  };
}

/** The version the grid lays out: the report's, else the one its year calls for. */
export function layoutVersion(
  template: TemplateVersion | null,
  year: number | null,
): TemplateVersion {
  return template ?? (year !== null && year >= 2021 ? "2021" : "2019");
}
