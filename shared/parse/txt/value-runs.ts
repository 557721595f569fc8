import type { Piece } from "./spaced.js";

// Value columns of a space-aligned page told by where its values stand on all its lines, for
// pages where no two lines print every column alike (a table that leaves its zeros blank).

/** How much wider than its widest piece a run of one column's values may be (centred digits). */
const RUN_SLACK = 1;
/** The fewest blank characters between two columns' runs. */
const RUN_GAP = 3;

/** Where a column stands on a page's lines (characters, end excluded). */
export interface Span {
  from: number;
  to: number;
}

/** A page's value run: where its pieces stand and how wide its widest piece is. */
export interface Run extends Span {
  widest: number;
}

/** A column head: where its words stand and how many characters they hold. */
interface Head extends Span {
  chars: number;
}

/**
 * A page's value columns as runs of value pieces that overlap from line to line (a column's
 * values, centred or aligned left or right, share a character). Null unless the runs hold
 * apart (RUN_GAP blank characters or more between) and each is hardly wider than its widest piece:
 * pdftotext shifts a line by the ideographs before it, and a shifted line would bridge two runs
 * or widen one.
 */
export function valueRuns(rows: readonly Piece[][]): Run[] | null {
  const pieces = rows.flat().sort((a, b) => a.from - b.from);
  const out: Run[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    const w = p.to - p.from;
    if (last && p.from < last.to) {
      last.to = Math.max(last.to, p.to);
      last.widest = Math.max(last.widest, w);
    } else out.push({ from: p.from, to: p.to, widest: w });
  }
  const clear = out.every(
    (r, i) =>
      r.to - r.from <= r.widest + RUN_SLACK &&
      (i === 0 || r.from - (out[i - 1] as Run).to >= RUN_GAP),
  );
  return clear ? out : null;
}

/** A line's values in the runs holding them, or null when two share one. */
export function byRuns(values: readonly Piece[], runs: readonly Span[]): Piece[] | null {
  const out = runs.map((r): Piece => {
    const at = Math.round((r.from + r.to) / 2);
    return { text: "", from: at, to: at };
  });
  let last = -1;
  for (const v of values) {
    const j = runs.findIndex((r) => v.from >= r.from && v.to <= r.to);
    if (j <= last) return null;
    out[j] = v;
    last = j;
  }
  return out;
}

/**
 * A head line's words: pieces split where one space parts two words of two characters or more
 * (科研机构 社会公益组织, heads of neighbouring columns); a letter-spaced head (商 业 企 业) stays.
 */
function headWords(heads: readonly Piece[]): Head[] {
  const out: Head[] = [];
  for (const h of heads) {
    let open: Head | null = null;
    let len = 0;
    for (const m of h.text.matchAll(/\S+/gu)) {
      const from = h.from + (m.index ?? 0);
      const to = from + m[0].length;
      if (open && (len < 2 || m[0].length < 2)) {
        open.to = to;
        open.chars += m[0].length;
      } else out.push((open = { from, to, chars: m[0].length }));
      len = m[0].length;
    }
  }
  return out;
}

const meets = (a: Span, b: Span) => a.from < b.to && b.from < a.to;

/** Heads that overlap one another (stacked or wrapped down their column) as one. */
function merged(heads: readonly Head[]): Head[] {
  const out: Head[] = [];
  for (const h of heads.slice().sort((a, b) => a.from - b.from)) {
    const last = out[out.length - 1];
    if (last && h.from < last.to) {
      last.to = Math.max(last.to, h.to);
      last.chars += h.chars;
    } else out.push({ ...h });
  }
  return out;
}

/**
 * The value runs with the columns no line prints a value in: a head standing between two runs
 * and over neither. Heads stacked or wrapped down a column are one (their words overlap), and
 * they must keep the runs' places: each run under one head, no head over two runs (a head
 * shifted by the ideographs before it, or one spanning columns, leaves the runs as they are).
 * Only between the first and last run: a head left of them may name the label column.
 */
export function blankColumns(runs: readonly Run[], heads: readonly Piece[]): Span[] {
  const cols = merged(headWords(heads));
  const over = (h: Head) => runs.filter((r) => meets(h, r)).length;
  if (cols.some((h) => over(h) > 1)) return [];
  if (!runs.every((r) => cols.filter((h) => meets(h, r)).length === 1)) return [];
  const first = runs[0] as Run;
  const last = runs[runs.length - 1] as Run;
  // A head of one character alone is a letter-spaced head's (信 息 内 容), not a column's.
  const blank = cols.filter((h) => h.from >= first.to && h.to <= last.from && !over(h));
  return blank.some((h) => h.chars < 2) ? [] : blank;
}

/**
 * Whether most lines print fewer values than there are runs: a table that leaves its zeros
 * blank, where a column may print nothing on a page. In a table that prints its cells, a head
 * between two runs is one pdftotext set off its place.
 */
export function sparse(rows: readonly Piece[][], runs: readonly Run[]): boolean {
  const lines = rows.filter((r) => r.length);
  return lines.filter((r) => r.length < runs.length).length * 2 > lines.length;
}
