import type { Correction } from "../model/audit.js";
import type { Cell } from "../model/report.js";
import { EMPTY_CELL_NAMES as EMPTY, cellName, rowLabel, tableName } from "../messages/labels.js";
import { cellLabel } from "../templates/labels.js";

/** Beyond this many cells the finding's sentence already says where (C01 over 20 rows). */
const MAX_LISTED = 6;

/** A cell in the template's words with its table: 表三「（一）予以公开」行「自然人」列. */
export function cellPlace(id: string, template: string | null): string {
  const l = cellLabel(id);
  return l ? `${tableName(l.table)}${cellName(id, template ?? undefined)}` : `「${id}」`;
}

/** An absent cell (null here) is one the reader could not read (S10), never the report's blank. */
const printedOf = (text: string | null): string =>
  text === null ? EMPTY.unread : text !== "" ? `报告填写${text}` : `报告${EMPTY.blank}`;

const printedText = (c: Cell | undefined): string => printedOf(c ? c.text : null);

const correctedText = (c: Correction): string =>
  c.value === null || c.value === "" ? EMPTY.blank : String(c.value);

interface Group {
  table: number;
  row: string;
  ids: string[];
  columns: string[];
  printed: (string | null)[];
}

/** Cells of one row in one phrase: 表三「四、结转下年度继续办理」行「商业企业」「科研机构」列（报告未填写）. */
function groupText(g: Group, template: string | null): string {
  const one = g.ids[0] as string;
  if (g.ids.length === 1)
    return `${cellPlace(one, template)}（${printedOf(g.printed[0] ?? null)}）`;
  const same = g.printed.every((p) => p === g.printed[0]);
  const value = same
    ? g.printed[0] === null
      ? `均${EMPTY.unread}`
      : g.printed[0] === ""
        ? `报告均${EMPTY.blank}`
        : `报告均填写${g.printed[0]}`
    : `${g.printed.every((p) => p) ? "报告填写" : "依次为"}${g.printed.map((p) => (p === null ? EMPTY.unread : p || EMPTY.blank)).join("、")}`;
  const cols = g.columns.map((c) => `「${c}」`).join("");
  return `${tableName(g.table)}「${g.row}」行${cols}列（${value}）`;
}

/** The cells of a finding with what the report printed and what the inspector corrected. */
export function findingPlace(
  cells: readonly string[],
  printed: Record<string, Cell>,
  corrections: Record<string, Correction>,
  template: string | null,
): string {
  if (cells.length === 0 || cells.length > MAX_LISTED) return "";
  const parts: (string | Group)[] = [];
  for (const id of cells) {
    const l = cellLabel(id);
    const fix = corrections[id];
    if (!l || fix) {
      const value = fix
        ? `${printedText(printed[id])}，更正为${correctedText(fix)}`
        : printedText(printed[id]);
      parts.push(`${cellPlace(id, template)}（${value}）`);
      continue;
    }
    const row = rowLabel(id.slice(0, id.lastIndexOf(".")), template ?? undefined);
    const last = parts[parts.length - 1];
    const text = printed[id]?.text ?? null;
    if (typeof last === "object" && last.table === l.table && last.row === row) {
      last.ids.push(id);
      last.columns.push(l.column);
      last.printed.push(text);
    } else parts.push({ table: l.table, row, ids: [id], columns: [l.column], printed: [text] });
  }
  return parts.map((p) => (typeof p === "string" ? p : groupText(p, template))).join("；");
}

/** One correction as the memo states it. */
export function correctionText(
  id: string,
  fix: Correction,
  printed: Cell | undefined,
  template: string | null,
): string {
  return `${cellPlace(id, template)}：${printedText(printed)}，经核实应为${correctedText(fix)}`;
}
