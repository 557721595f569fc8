import {
  cellName,
  columnLabel,
  rowLabel,
  t3ColumnLabel,
  t4ColumnLabel,
  tableName,
} from "./labels.js";
import { brief, int, list, str } from "./params.js";
import type { Params } from "./params.js";

/** Where a run of rows (C01–C04) sits: one cell, one row, or several rows. */
function place(p: Params): { one: string | null; where: string; count: number; cols: string } {
  const rows = list(p, "rows").map(String);
  const columns = list(p, "columns").map(String);
  const first = rows[0] ?? "";
  const last = rows[rows.length - 1] ?? "";
  const table = tableName(Number(p.table));
  const v = str(p, "template");
  const cols = brief(columns.map((c) => columnLabel(first, c)));
  const one =
    rows.length === 1 && columns.length === 1
      ? `${table}${cellName(`${first}.${columns[0]}`, v)}`
      : null;
  const where =
    rows.length === 1
      ? `${table}「${rowLabel(first, v)}」行`
      : `${table}「${rowLabel(first, v)}」至「${rowLabel(last, v)}」共${rows.length}行，每行`;
  return { one, where, count: columns.length, cols };
}

const first = (p: Params): string => String(list(p, "values")[0] ?? "");

const values = (p: Params): string =>
  brief([...new Set(list(p, "values").map((v) => `「${String(v)}」`))]);

/** O01: the table of a cell id (t3.granted.natural → 表三). */
const tableOf = (id: string): string => tableName(Number(id.slice(1, 2)));

/** S10: what of a table could not be read — rows (table 四: 栏), columns or lone cells. */
function unread(p: Params): string {
  const t = int(p, "table");
  const keys = list(p, "keys").map(String);
  const n = int(p, "count");
  const short = (l: string) => (l.length > 20 ? `${l.slice(0, 18)}…` : l);
  const quoted = (labels: string[]) => brief(labels.map((l) => `「${short(l)}」`));
  const many = keys.length > 1 ? `共${keys.length}` : "";
  const part = str(p, "part");
  if (part === "table") return "（未能识别表格所用模板版本，无法对应模板的行列）";
  if (part === "rows")
    return `${quoted(keys.map((k) => rowLabel(k)))}${many}${t === 4 ? "栏" : "行"}（${n}个单元格）`;
  if (part === "columns") {
    const label = t === 4 ? t4ColumnLabel : t3ColumnLabel;
    return `${quoted(keys.map(label))}${many}列（${n}个单元格）`;
  }
  return `${n}个单元格（${brief(keys.map((id) => cellName(id, str(p, "template"))))}）`;
}

/** C01–C04: cells blank, text, negative, fractional; O01, O02: scan readings to verify. */
export const CELL_MESSAGES: Record<string, (p: Params) => string> = {
  cells_unread: (p) =>
    `${tableName(int(p, "table"))}未能读取${unread(p)}，已按未知处理（不作空白），相关核对未进行，请对照原文`,
  ocr_cell: (p) => {
    const id = str(p, "cell");
    const read = str(p, "text") ? `识别为「${str(p, "text")}」` : "识别为空白";
    const where = p.picture
      ? `文档中插入的第${int(p, "page")}张表格图片`
      : `扫描件第${int(p, "page")}页`;
    return `${tableOf(id)}${cellName(id)}${read}，置信度${int(p, "confidence")}%，待核对（${where}）`;
  },
  ocr_line: (p) =>
    `扫描件第${int(p, "page")}页正文「${str(p, "text")}」识别置信度${int(p, "confidence")}%，其中的数字待核对`,
  cell_blank: (p) => {
    const { one, where, count, cols } = place(p);
    return one ? `${one}未填写` : `${where}有${count}个单元格未填写（${cols}）`;
  },
  cell_text: (p) => {
    const { one, where, count, cols } = place(p);
    return one
      ? `${one}填写为「${first(p)}」，应填数字`
      : `${where}有${count}个单元格填写为非数字${values(p)}（${cols}），应填数字`;
  },
  cell_negative: (p) => {
    const { one, where, count, cols } = place(p);
    return one ? `${one}为 ${first(p)}，不应为负数` : `${where}有${count}个单元格为负数（${cols}）`;
  },
  cell_fraction: (p) => {
    const { one, where, count, cols } = place(p);
    return one
      ? `${one}为 ${first(p)}，应为整数`
      : `${where}有${count}个单元格为小数（${cols}），应为整数`;
  },
};
