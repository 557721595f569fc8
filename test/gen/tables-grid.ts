import type { TemplateVersion } from "../../shared/model/report.js";
import { T2_BLOCKS } from "../../shared/templates/table2.js";
import {
  T3_COLUMNS,
  T3_GROUP_PRINTED,
  T3_ROWS,
  T3_ROW_PRINTED,
} from "../../shared/templates/table3.js";
import { T4_COLUMNS, T4_GROUPS } from "../../shared/templates/table4.js";

export type CellMap = Record<string, number | string | null>;
/** A printed table row: the cells a word processor would export, merged label cells once. */
export type GridRow = string[];

export function printValue(
  v: number | string | null | undefined,
  signed = false,
  unit = "",
): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  return (signed && v > 0 ? "+" : "") + String(v) + unit;
}

export function table2Grid(v: TemplateVersion, cells: CellMap): GridRow[] {
  const rows: GridRow[] = [];
  for (const b of T2_BLOCKS[v]) {
    rows.push([b.item]);
    rows.push(["信息内容", ...b.columns.map((c) => c.label)]);
    for (const r of b.rows)
      rows.push([
        r.label,
        ...b.columns.map((c) =>
          printValue(
            cells[`t2.${r.key}.${c.key}`],
            c.signed,
            c.amount && v === "2019" ? "万元" : "",
          ),
        ),
      ]);
  }
  return rows;
}

export function table3Grid(v: TemplateVersion, cells: CellMap): GridRow[] {
  const rows: GridRow[] = [
    ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
    ["", "自然人", "法人或其他组织", "总计"],
    ["", "", ...T3_COLUMNS.slice(1, 6).map((c) => c.label)],
  ];
  let group = "";
  for (const r of T3_ROWS[v]) {
    const values = T3_COLUMNS.map((c) => printValue(cells[`t3.${r.key}.${c.key}`]));
    const label = T3_ROW_PRINTED[r.key] ?? r.label;
    const lead: string[] = [];
    if (r.key === "granted") lead.push("三、本年度办理结果");
    else if (r.result || r.key === "total") lead.push("");
    if (r.group && r.group !== "本年度办理结果") {
      lead.push(group === r.group ? "" : (T3_GROUP_PRINTED[r.group] ?? r.group));
      group = r.group;
    }
    rows.push([...lead, label, ...values]);
  }
  return rows;
}

export function table4Grid(cells: CellMap): GridRow[] {
  const sub = T4_COLUMNS.map((c) => c.label);
  return [
    ["行政复议", "行政诉讼"],
    [...sub, "未经复议直接起诉", "复议后起诉"],
    ["", "", "", "", "", ...sub, ...sub],
    T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => printValue(cells[`t4.${g.key}.${c.key}`]))),
  ];
}
