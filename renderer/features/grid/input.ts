import type { CellValue } from "../../../shared/model/report.js";

const FULL = "０１２３４５６７８９";

/** What the inspector typed → a cell value: blank → null, a number (signs, full-width digits, units), else text. */
export function parseCellInput(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  let s = String(raw).trim();
  if (!s) return null;
  const text = s.slice(0, 200);
  s = s
    .replace(/[０-９]/g, (d) => String(FULL.indexOf(d)))
    .replace(/[＋]/g, "+")
    .replace(/[－—–−]/g, "-")
    .replace(/[．]/g, ".")
    .replace(/[,，\s]/g, "")
    .replace(/(万元|件|项|个|条)$/, "");
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) {
    const n = Number(s);
    return Object.is(n, -0) ? 0 : n;
  }
  return text;
}

/** The edit: a correction to send, a correction to clear (back to the printed value) or nothing. */
export function editOf(
  printed: CellValue | undefined,
  current: CellValue,
  next: CellValue,
): "clear" | "set" | "none" {
  if (next === current) return "none";
  if (printed !== undefined && next === printed) return "clear";
  return "set";
}

/** A value as the grid prints it (本年增/减 with its sign). */
export function showValue(v: CellValue, signed: boolean): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  return signed && v > 0 ? `+${v}` : String(v);
}
