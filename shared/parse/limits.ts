import { readError, type ReadError } from "../model/errors.js";
import type { SourceDocument } from "./source.js";

/**
 * How much one report may hold before the reader refuses it. A real annual report has 5–40 pages
 * and under 100 000 characters; these bounds keep the reader's time and memory bounded far above.
 */
export interface Limits {
  txtBytes: number;
  textChars: number;
  rows: number;
  cells: number;
}

export const LIMITS: Readonly<Limits> = {
  /** Bytes of a .txt (2 000 000 characters are at most 8 MB in UTF-8, GB18030 or UTF-16). */
  txtBytes: 8 * 1024 * 1024,
  /** Characters of extracted text (all formats). */
  textChars: 2_000_000,
  /** Rows of the source (lines of prose and table rows). */
  rows: 200_000,
  /** Printed cells over all rows. */
  cells: 1_000_000,
};

const wan = (n: number) => `${Math.round(n / 10_000)} 万`;

export function tooMuchText(chars: number, limits: Limits = LIMITS): ReadError | null {
  return chars > limits.textChars
    ? readError("TOO_COMPLEX", `正文约 ${wan(chars)}字，上限 ${wan(limits.textChars)}字`)
    : null;
}

/** Why a front end's document is too big to read, or null when it is within the limits. */
export function overLimits(doc: SourceDocument, limits: Limits = LIMITS): ReadError | null {
  const text = tooMuchText(doc.text.length, limits);
  if (text) return text;
  if (doc.rows.length > limits.rows)
    return readError("TOO_COMPLEX", `${doc.rows.length} 行，上限 ${limits.rows} 行`);
  let cells = 0;
  for (const r of doc.rows) cells += r.cells.length;
  if (cells > limits.cells)
    return readError("TOO_COMPLEX", `${cells} 个表格单元格，上限 ${limits.cells} 个`);
  return null;
}
