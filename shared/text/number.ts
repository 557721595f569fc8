import type { CellValue } from "../model/report.js";

const PLACEHOLDER = /^(?:[/／\\\-－—–_~～×xX*＊]+|无|空|不适用|N\/?A)$/u;
const UNIT = /(?:万元|亿元|元|件次|件|项|个|条|次|人次|宗|起|%)$/u;

/** Cell text after NFKC, without spaces and thousands separators. */
function clean(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/^[＋+]/, "+")
    .replace(/^[－−–—]/, "-");
}

/** The number a cell prints, or null when it is not a number. */
export function parseNumber(text: string): number | null {
  let t = clean(text);
  t = t.replace(UNIT, "");
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, "");
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t) || t.replace(/\D/g, "").length > 15) return null;
  const n = Number(t);
  return Number.isFinite(n) ? (Object.is(n, -0) ? 0 : n) : null;
}

/** Whether a printed cell is a value slot (a number, blank, or a placeholder such as "/" or "无"). */
export function isValueText(text: string): boolean {
  const t = clean(text);
  return t === "" || parseNumber(t) !== null || PLACEHOLDER.test(t) || /^\d[\d,.]*\d$/.test(t);
}

/** The cell value of cell-ids.md: a number, null for blank, the printed string otherwise. */
export function cellValue(text: string): CellValue {
  const t = text.trim();
  if (t === "") return null;
  const n = parseNumber(t);
  return n === null ? t : n;
}
