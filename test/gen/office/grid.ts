import type { TemplateVersion } from "../../../shared/model/report.js";
import { T2_BLOCKS } from "../../../shared/templates/table2.js";
import {
  T3_COLUMNS,
  T3_GROUP_PRINTED,
  T3_ROWS,
  T3_ROW_PRINTED,
} from "../../../shared/templates/table3.js";
import { T4_COLUMNS, T4_GROUPS } from "../../../shared/templates/table4.js";
import { printValue, type CellMap } from "../tables-grid.js";

/** A cell of a Word table: its paragraphs, how far it is merged, and what it holds. */
export interface OfficeCell {
  paras: string[];
  colspan?: number;
  rowspan?: number;
  kind: "head" | "label" | "value";
}

export interface OfficeRow {
  cells: OfficeCell[];
  /** A column-head row (Word repeats these on each page when asked: 重复标题行). */
  head?: boolean;
}

/** A table as a word processor holds it: column widths in points, rows of (merged) cells. */
export interface OfficeTable {
  widths: number[];
  rows: OfficeRow[];
}

/** Printed column heads, split where WPS's template splits them into two paragraphs. */
const HEAD_PARAS: Record<string, string[]> = {
  商业企业: ["商业", "企业"],
  科研机构: ["科研", "机构"],
  社会公益组织: ["社会", "公益", "组织"],
  法律服务机构: ["法律", "服务", "机构"],
  结果维持: ["结果", "维持"],
  结果纠正: ["结果", "纠正"],
  其他结果: ["其他", "结果"],
  尚未审结: ["尚未", "审结"],
};

const head = (text: string, split: boolean, span: Partial<OfficeCell> = {}): OfficeCell => ({
  paras: split ? (HEAD_PARAS[text] ?? [text]) : [text],
  kind: "head",
  ...span,
});
const label = (text: string, span: Partial<OfficeCell> = {}): OfficeCell => ({
  paras: [text],
  kind: "label",
  ...span,
});
const value = (text: string, colspan?: number): OfficeCell => ({
  paras: [text],
  kind: "value",
  ...(colspan ? { colspan } : {}),
});

/** Table 二: one column of labels, value columns as many as the widest block's. */
export function table2(v: TemplateVersion, cells: CellMap, width: number): OfficeTable {
  const blocks = T2_BLOCKS[v];
  const n = Math.max(...blocks.map((b) => b.columns.length));
  const rows: OfficeRow[] = [];
  for (const b of blocks) {
    rows.push({ cells: [label(b.item, { colspan: n + 1 })] });
    const last = n - b.columns.length + 1;
    rows.push({
      cells: [
        head("信息内容", false),
        ...b.columns.map((c, i) =>
          head(c.label, false, i === b.columns.length - 1 && last > 1 ? { colspan: last } : {}),
        ),
      ],
    });
    for (const r of b.rows)
      rows.push({
        cells: [
          label(r.label),
          ...b.columns.map((c, i) => {
            const id = `t2.${r.key}.${c.key}`;
            const unit = c.amount && v === "2019" ? "万元" : "";
            const text = printValue(cells[id], c.signed, unit);
            return value(text, i === b.columns.length - 1 && last > 1 ? last : undefined);
          }),
        ],
      });
  }
  const first = Math.round(width * 0.34);
  return { widths: [first, ...Array<number>(n).fill((width - first) / n)], rows };
}

export interface Table3Widths {
  /** 三、本年度办理结果, a narrow column it runs down. */
  result: number;
  group: number;
  row: number;
}

/** Table 三 as the template draws it: three label columns with merged groups, 7 value columns. */
export function table3(
  v: TemplateVersion,
  cells: CellMap,
  width: number,
  w: Table3Widths,
  split: boolean,
): OfficeTable {
  const values = (key: string) =>
    T3_COLUMNS.map((c) => value(printValue(cells[`t3.${key}.${c.key}`])));
  const rows: OfficeRow[] = [
    {
      head: true,
      cells: [
        head("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", false, {
          colspan: 3,
          rowspan: 3,
        }),
        head("申请人情况", false, { colspan: 7 }),
      ],
    },
    {
      head: true,
      cells: [
        head("自然人", split, { rowspan: 2 }),
        head("法人或其他组织", false, { colspan: 5 }),
        head("总计", split, { rowspan: 2 }),
      ],
    },
    { head: true, cells: T3_COLUMNS.slice(1, 6).map((c) => head(c.label, split)) },
  ];
  const template = T3_ROWS[v];
  const results = template.filter((r) => r.result || r.key === "total").length;
  const groupSize = (g: string) => template.filter((r) => r.group === g).length;
  let group = "";
  for (const r of template) {
    const printed = T3_ROW_PRINTED[r.key] ?? r.label;
    const lead: OfficeCell[] = [];
    if (r.key === "granted") lead.push(label("三、本年度办理结果", { rowspan: results }));
    const grouped = r.group && r.group !== "本年度办理结果" && groupSize(r.group) > 1;
    if (grouped && r.group !== group) {
      lead.push(
        label(T3_GROUP_PRINTED[r.group ?? ""] ?? "", { rowspan: groupSize(r.group ?? "") }),
      );
    }
    group = r.group ?? "";
    const span = r.result || r.key === "total" ? (grouped ? 1 : 2) : 3;
    rows.push({
      cells: [...lead, label(printed, span > 1 ? { colspan: span } : {}), ...values(r.key)],
    });
  }
  const rest = (width - w.result - w.group - w.row) / 7;
  return { widths: [w.result, w.group, w.row, ...Array<number>(7).fill(rest)], rows };
}

/** Table 四: 行政复议 over five heads, 行政诉讼 over two groups of five, one row of 15 values. */
export function table4(cells: CellMap, width: number, split: boolean): OfficeTable {
  const heads = T4_COLUMNS.map((c) => c.label);
  return {
    widths: Array<number>(15).fill(width / 15),
    rows: [
      {
        head: true,
        cells: [head("行政复议", false, { colspan: 5 }), head("行政诉讼", false, { colspan: 10 })],
      },
      {
        head: true,
        cells: [
          ...heads.map((h) => head(h, split, { rowspan: 2 })),
          head("未经复议直接起诉", false, { colspan: 5 }),
          head("复议后起诉", false, { colspan: 5 }),
        ],
      },
      { head: true, cells: [...heads, ...heads].map((h) => head(h, split)) },
      {
        cells: T4_GROUPS.flatMap((g) =>
          T4_COLUMNS.map((c) => value(printValue(cells[`t4.${g.key}.${c.key}`]))),
        ),
      },
    ],
  };
}
