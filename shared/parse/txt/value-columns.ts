import type { Piece } from "./spaced.js";
import { blankColumns, byRuns, sparse, valueRuns, type Span } from "./value-runs.js";

/** How far (in characters) the values of one column may stray: digits differ in count. */
const STRAY = 4;

const centre = (p: Piece) => (p.from + p.to) / 2;

export function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** The most values that two or more lines print (table 四's one line of 15 is its own). */
function mostPrinted(rows: readonly Piece[][]): number {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  return Math.max(0, ...[...counts].filter(([, n]) => n >= 2).map(([k]) => k));
}

/**
 * Each column's value centres on the lines printing the most values, or null when fewer than
 * two lines print them (one full line proves no alignment).
 */
function fullColumns(rows: readonly Piece[][]): number[][] | null {
  const most = mostPrinted(rows);
  const full = rows.filter((r) => r.length === most);
  if (most < 2 || full.length < 2) return null;
  return Array.from({ length: most }, (_, i) => full.map((r) => centre(r[i] as Piece)));
}

/** Column centres, or null when a column's values stray more than STRAY. */
function columnCentres(columns: readonly number[][]): number[] | null {
  if (columns.some((xs) => Math.max(...xs) - Math.min(...xs) > STRAY)) return null;
  return columns.map(median);
}

/** Assigns values, in order, to increasing columns at the least total distance. */
function assign(values: readonly Piece[], centres: readonly number[]): Piece[] {
  const n = values.length;
  const m = centres.length;
  const far = (i: number, j: number) =>
    Math.abs(centre(values[i] as Piece) - (centres[j] as number));
  // best(i, j): least cost of placing values i.. in columns j.. (m + 1 per row, flat).
  const cost = new Float64Array((n + 1) * (m + 1));
  const best = (i: number, j: number) => cost[i * (m + 1) + j] as number;
  for (let i = n - 1; i >= 0; i--) {
    cost[i * (m + 1) + m] = Infinity;
    for (let j = m - 1; j >= 0; j--)
      cost[i * (m + 1) + j] = Math.min(far(i, j) + best(i + 1, j + 1), best(i, j + 1));
  }
  // A blank cell stands where its column is.
  const out = centres.map((c): Piece => ({ text: "", from: Math.round(c), to: Math.round(c) }));
  let j = 0;
  for (let i = 0; i < n; i++) {
    // Column j takes value i unless leaving it blank costs less.
    while (j < m - 1 && far(i, j) + best(i + 1, j + 1) > best(i, j + 1)) j++;
    out[j] = values[i] as Piece;
    j++;
  }
  return out;
}

/**
 * Where each column's values stand, when the lines printing the most values spread a column
 * wider than STRAY (pdftotext shifts a line by the ideographs before it) but every column keeps
 * clear of the next: null when two columns' spans touch.
 */
function columnSpans(columns: readonly number[][]): [number, number][] | null {
  const spans: [number, number][] = [];
  for (const xs of columns) {
    const span: [number, number] = [Math.min(...xs) - 1, Math.max(...xs) + 1];
    const before = spans[spans.length - 1];
    if (before && span[0] <= before[1] + 1) return null;
    spans.push(span);
  }
  return spans;
}

/** A line's values in the spans holding them, or null when one stands in none or two share one. */
function bySpans(values: readonly Piece[], spans: readonly [number, number][]): Piece[] | null {
  const out = spans.map(([a, b]): Piece => {
    const at = Math.round((a + b) / 2);
    return { text: "", from: at, to: at };
  });
  let last = -1;
  for (const v of values) {
    const c = centre(v);
    const j = spans.findIndex(([a, b]) => c >= a && c <= b);
    if (j <= last) return null;
    out[j] = v;
    last = j;
  }
  return out;
}

/**
 * No two lines print every column alike (blank cells print nothing): the page's value runs are
 * its columns where one line prints a value in each; otherwise each line stays as printed.
 */
function byValueRuns(rows: readonly Piece[][], runs: readonly Span[] | null): Piece[][] {
  if (!runs) return rows.map((r) => r.slice());
  return rows.map((r) =>
    r.length >= runs.length || !r.length ? r.slice() : (byRuns(r, runs) ?? r.slice()),
  );
}

/**
 * The values of each line of one page's table, placed in the columns that the lines printing
 * the most values define (a line with blank cells prints fewer); unaligned text (one space
 * between values, no columns) keeps its values as printed.
 */
export function placeValues(rows: readonly Piece[][], heads: readonly Piece[] = []): Piece[][] {
  const runs = valueRuns(rows);
  const filled = runs && rows.some((r) => r.length === runs.length) ? runs : null;
  // Columns no line prints a value in (blank cells print nothing) stand only under their heads.
  const blank = filled && sparse(rows, filled) ? blankColumns(filled, heads) : [];
  if (filled && blank.length)
    return byValueRuns(
      rows,
      [...filled, ...blank].sort((a, b) => a.from - b.from),
    );
  const columns = fullColumns(rows);
  const centres = columns && columnCentres(columns);
  if (!centres) {
    // Columns that stray but keep apart: a shorter line is placed only where each of its
    // values stands within a column's span; otherwise it stays as printed (and unread).
    const spans = columns && columnSpans(columns);
    if (!spans) return byValueRuns(rows, filled);
    return rows.map((r) => {
      if (r.length >= spans.length || !r.length) return r.slice();
      return bySpans(r, spans) ?? r.slice();
    });
  }
  return rows.map((r) => {
    if (r.length >= centres.length || !r.length) return r.slice();
    const placed = assign(r, centres);
    // A value far from every column: this line is not in the columns after all.
    const stray = placed.some((p, i) => p.text && Math.abs(centre(p) - (centres[i] ?? 0)) > STRAY);
    return stray ? r.slice() : placed;
  });
}
