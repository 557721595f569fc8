import type { Correction } from "../model/audit.js";
import type { Cell } from "../model/report.js";
import { cellName, tableName } from "../messages/labels.js";
import { cellLabel } from "../templates/labels.js";

/** Beyond this many cells the finding's sentence already says where (C01 over 20 rows). */
const MAX_LISTED = 6;

/** A cell in the template's words with its table: 表三「（一）予以公开」行「自然人」列. */
export function cellPlace(id: string, template: string | null): string {
  const l = cellLabel(id);
  return l ? `${tableName(l.table)}${cellName(id, template ?? undefined)}` : `「${id}」`;
}

const printedText = (c: Cell | undefined): string =>
  c && c.text !== "" ? `报告填写${c.text}` : "报告未填写";

const correctedText = (c: Correction): string =>
  c.value === null || c.value === "" ? "空白" : String(c.value);

/** The cells of a finding with what the report printed and what the inspector corrected. */
export function findingPlace(
  cells: readonly string[],
  printed: Record<string, Cell>,
  corrections: Record<string, Correction>,
  template: string | null,
): string {
  if (cells.length === 0 || cells.length > MAX_LISTED) return "";
  return cells
    .map((id) => {
      const fix = corrections[id];
      const value = fix
        ? `${printedText(printed[id])}，更正为${correctedText(fix)}`
        : printedText(printed[id]);
      return `${cellPlace(id, template)}（${value}）`;
    })
    .join("；");
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
