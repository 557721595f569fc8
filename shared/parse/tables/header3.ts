import { T3_COLUMNS, T3_ROWS } from "../../templates/table3.js";
import { labelKey } from "../keys.js";
import { centre, type Label, type RowParts } from "./parts.js";
import { bestMatch, candidates, type Candidate } from "./match.js";
import type { TableOutput } from "./cells.js";
import { placedWords } from "../placed-words.js";
import { bandAnchors } from "./head-band.js";

const COLUMN_CANDS = candidates(T3_COLUMNS, (c) => c.label);
/** Header words over the columns, not columns themselves (template.md: the merged header). */
const OVER_COLUMNS = /申请人情况|法人或其他组织|勾稽关系|^本列|收到和处理政府信息公开申请情况/u;

/** What table 三's column header named: each column's position, and labels naming none. */
export interface Header3 {
  anchors: (number | null)[];
  named: Set<number>;
  stray: Label[];
  /** The header rows read so far, each its heads with their positions. */
  band: Label[][];
}

export function emptyHeader(): Header3 {
  return { anchors: new Array<number | null>(7).fill(null), named: new Set(), stray: [], band: [] };
}

type Column = (typeof T3_COLUMNS)[number];

/** A column head printed other than the template's (S06), over every cell of that column. */
function misprintedHead(l: Label, col: Column, out: TableOutput): void {
  out.labels.push({
    table: 3,
    kind: "column",
    printed: l.cell.text.trim(),
    expected: col.label,
    cells: T3_ROWS["2021"].map((r) => `t3.${r.key}.${col.key}`),
    span: l.cell.span,
  });
}

/** Two words a space apart (most heads are one word: placedWords would find one). */
const TWO_WORDS = /\S\s+\S/u;

/** Whether a text has a character of \s (ECMAScript's white space and line terminators). */
function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0xa0 && isWideSpace(c))
      return true;
  }
  return false;
}

function isWideSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Heads of neighbouring columns a space apart in one cell (a table drawn without rules, its
 * cells tight: pdf.js puts them in one run): each head, placed by its characters' share of
 * the run when the cell has a position.
 */
export function spacedHeads<T>(l: Label, cands: Candidate<T>[]): Label[] {
  const { text, span, x, x2 } = l.cell;
  // Most heads have no white space at all: ruled out without the pattern.
  if (!hasSpace(text) || !TWO_WORDS.test(text)) return [l];
  const words = placedWords(text, x ?? 0, x2 ?? 0);
  if (words.length < 2 || words.some((w) => w.text.length < 2)) return [l];
  if (!words.every((w) => bestMatch(labelKey(w.text), cands, 0.75))) return [l];
  const placed = x !== undefined && x2 !== undefined;
  return words.map((w) => ({
    cell: placed ? { text: w.text, span, x: w.x, x2: w.x2 } : { text: w.text, span },
    key: labelKey(w.text),
  }));
}

/** Reads a header row: the columns it names (S06 for a misprint) and labels that name none. */
export function readHeader(parts: RowParts, header: Header3, out: TableOutput): void {
  const heads = parts.labels.flatMap((h) => spacedHeads(h, COLUMN_CANDS));
  for (const l of heads) readHead(l, header, out);
  if (!heads.some((l) => l.cell.x !== undefined)) return;
  header.band.push(heads);
  if (header.named.size < 7) fromBand(header);
}

/** A column named exactly (or by a known misprint) by a head's key. */
function exactColumn(key: string): number | null {
  const col = bestMatch(key, COLUMN_CANDS, 1);
  return col ? T3_COLUMNS.indexOf(col) : null;
}

/**
 * Columns no head row named alone, named by the head band as a whole (heads wrapped, stacked
 * or letter-spaced over the band's rows): only where their places keep the template's order
 * among the columns named already.
 */
function fromBand(header: Header3): void {
  const band = bandAnchors(header.band, OVER_COLUMNS, exactColumn);
  const anchors = header.anchors.slice();
  for (const [i, x] of band) if (anchors[i] === null) anchors[i] = x;
  const placed = anchors.filter((a): a is number => a !== null);
  if (placed.some((x, j) => j > 0 && x <= (placed[j - 1] as number))) return;
  for (const [i] of band) header.named.add(i);
  header.anchors = anchors;
}

/** One head of a header row: the column it names, or a stray label. */
function readHead(l: Label, header: Header3, out: TableOutput): void {
  const col = bestMatch(l.key, COLUMN_CANDS, 0.75);
  if (!col) {
    if (l.key && !OVER_COLUMNS.test(l.key)) header.stray.push(l);
    return;
  }
  const i = T3_COLUMNS.indexOf(col);
  header.anchors[i] = centre(l.cell);
  header.named.add(i);
  if (l.key !== labelKey(col.label)) misprintedHead(l, col, out);
}

/**
 * The column header printed again inside the table, after a page break (Word's 重复标题行):
 * no numbers, and column names (自然人, 商业企业, 总计) among its labels.
 */
export function isRepeatedHeader(parts: RowParts): boolean {
  if (parts.filled || parts.labels.length < 2) return false;
  return parts.labels.filter((l) => bestMatch(l.key, COLUMN_CANDS, 0.75)).length >= 2;
}

/**
 * The template columns the rows print, by index: all seven, or, when the header names fewer
 * and the rows print just as many values, only those it names (a column left out of the table;
 * the others stay unread rather than shifted).
 */
export function printedColumns(header: Header3, rowsPrint: number | undefined): number[] {
  const named = [...header.named].sort((a, b) => a - b);
  if (named.length >= 3 && named.length < 7 && rowsPrint === named.length) return named;
  return [0, 1, 2, 3, 4, 5, 6];
}

/**
 * A header label that names no column, where exactly as many columns went unnamed and the rows
 * print all seven: a garbled head of the column in its place (S06), never a silent one.
 */
export function garbledHeads(header: Header3, columns: number[], out: TableOutput): void {
  const unnamed = columns.filter((i) => !header.named.has(i));
  if (!unnamed.length || columns.length !== 7 || header.stray.length !== unnamed.length) return;
  unnamed.forEach((i, j) => {
    const l = header.stray[j] as Label;
    const col = T3_COLUMNS[i] as Column;
    // A head wrapped over lines (科研 / 机构) names its column in pieces: no misprint.
    if (!labelKey(col.label).includes(l.key)) misprintedHead(l, col, out);
  });
}
