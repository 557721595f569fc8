import type { SourceCell } from "../source.js";
import { T3_COLUMNS } from "../../templates/table3.js";
import type { Strip } from "./plain-strips3.js";

const K = T3_COLUMNS.length;
/** Readings kept per page and for the table: past it nothing is placed (too many to tell). */
const MAX_READINGS = 16;

/** A reading of a page: its rows from its first on, each row's K cells (by column). */
type Rows = (SourceCell[] | null)[];

/**
 * The readings of one page's strips printed band after band: the page's first band in pieces
 * anywhere on the page (the blocks under its heads: several columns named by their heads, row
 * by row, and single columns), every other band whole, its K strips one after the other left
 * to right with nothing printed between them (poppler's order for a ruled table it takes for a
 * table: row by row). The single columns of the first band come in no order one can tell
 * (科研机构's before 自然人's on a page that prints its heads later): that band is read only
 * when its heads name all its columns.
 */
function pageReadings(strips: readonly Strip[]): Rows[] {
  const pinned = strips.filter((s) => s.pin);
  const heights = new Set(pinned.map((s) => s.cells.length / (s.pin?.width ?? 1)));
  const h0 = [...heights][0];
  if (heights.size > 1 || (h0 !== undefined && !Number.isInteger(h0))) return [];
  const taken = new Set(pinned.flatMap((s) => (s.pin ? range(s.pin.from, s.pin.width) : [])));
  if (taken.size !== pinned.reduce((n, s) => n + (s.pin?.width ?? 0), 0)) return [];
  // Without heads over it, the page's first band is read as any other (whole, in order).
  const free = h0 === undefined ? [] : range(0, K).filter((j) => !taken.has(j));
  const out: Rows[] = [];
  const first: (SourceCell | undefined)[][] = Array.from({ length: h0 ?? 0 }, () => []);
  for (const s of pinned)
    s.cells.forEach((c, i) => {
      const w = s.pin?.width ?? 1;
      (first[Math.floor(i / w)] as (SourceCell | undefined)[])[(s.pin?.from ?? 0) + (i % w)] = c;
    });
  const bands: SourceCell[][][] = [];
  const pieces: Strip[] = [];
  let run: Strip[] = [];
  // Pieces stand before the first whole band or after the last: a piece between bands, or heads
  // alone between them (其他 / 总计), is poppler's staircase (the left columns of several bands,
  // the heads, the right ones), whose strips may fall into sevens that are no band.
  let after = false;
  const walk = (t: number, piece: number) => {
    if (out.length > MAX_READINGS) return;
    const s = strips[t];
    if (!s) {
      if (piece < free.length || run.length) return;
      const told = pieces.every((p) => headsInOrder(p, free));
      const rows: Rows = first.map((r, i) => {
        if (free.length && !told) return null;
        const row = [...r];
        free.forEach((j, k) => (row[j] = pieces[k]?.cells[i]));
        return row as SourceCell[];
      });
      for (const b of bands) rows.push(...b);
      out.push(rows);
      return;
    }
    const ended = after;
    if (s.pin) {
      after = bands.length > 0;
      if (!run.length) walk(t + 1, piece);
      after = ended;
      return;
    }
    const n = s.cells.length;
    // A piece of the first band, under one of the columns its heads leave.
    if (!run.length && piece < free.length && n === h0) {
      after = bands.length > 0;
      pieces.push(s);
      walk(t + 1, piece + 1);
      pieces.pop();
      after = ended;
    }
    // A strip of a whole band.
    const lead = run[0];
    if (lead && (n !== lead.cells.length || !s.joined)) return;
    if (!lead && (after || (s.afterHead && bands.length > 0))) return;
    run.push(s);
    if (run.length === K) {
      const done = run;
      run = [];
      bands.push(Array.from({ length: n }, (_, i) => done.map((x) => x.cells[i] as SourceCell)));
      walk(t + 1, piece);
      bands.pop();
      run = done;
    } else walk(t + 1, piece);
    run.pop();
  };
  walk(0, 0);
  return out.length > MAX_READINGS ? [] : out;
}

/**
 * Whether a piece of the first band is told its column by the order: the heads of the columns
 * the band's heads leave are printed alone on its page left to right, those after it the
 * rightmost columns' only (其他, 总计); the pieces then come in column order (自然人 / 商业企业
 * before their values, 其他 / 总计 before or after theirs). Where a middle column's head comes
 * after a piece (科研机构's values before 自然人's, its head after them), nothing is told.
 */
const headsInOrder = (s: Strip, free: number[]) => {
  const later = [...s.headLater];
  const before = free.filter((j) => !s.headLater.has(j));
  return (
    later.every((c) => c === K - 1 || s.headLater.has(c + 1)) &&
    s.headsBefore.filter((j) => before.includes(j)).join() === before.join()
  );
};

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
const spans = (r: SourceCell[] | null | undefined) => r?.map((c) => c.span[0]).join() ?? "";
const same = (a: Rows, b: Rows) =>
  a.length === b.length && a.every((r, i) => spans(r) === spans(b[i]));

/**
 * Table 三's rows where poppler prints a ruled table band after band on every page
 * (`pageReadings`): the rows every reading of the whole table puts the same cells on. Empty
 * when no reading fills the table's `rows` rows.
 */
export function rowMajorRows(strips: Strip[] | null, rows: number): Map<number, SourceCell[]> {
  const out = new Map<number, SourceCell[]>();
  if (!strips?.length) return out;
  const pages = [...new Set(strips.map((s) => s.page))].map((p) =>
    strips.filter((s) => s.page === p),
  );
  let whole: Rows[] = [[]];
  for (const [i, page] of pages.entries()) {
    // The last page may print other values after the table's last band, something between
    // (table 四's under heads its lines spell apart: 复 / 议): readings that end at such a break
    // count when they fill the table.
    const ends =
      i < pages.length - 1
        ? [page.length]
        : [...page.keys()].filter((k) => k > 0 && !page[k]?.joined).concat(page.length);
    const own = ends.flatMap((k) => pageReadings(page.slice(0, k)));
    const next: Rows[] = [];
    for (const a of whole)
      for (const b of own) if (a.length + b.length <= rows) next.push([...a, ...b]);
    // Readings that place every cell alike are one.
    whole = next.filter((r, i) => next.findIndex((x) => same(x, r)) === i);
    if (!whole.length || whole.length > MAX_READINGS) return out;
  }
  const full = whole.filter((r) => r.length === rows);
  const one = full[0];
  if (!one) return out;
  one.forEach((cells, r) => {
    if (cells && full.every((x) => spans(x[r]) === spans(cells))) out.set(r, cells);
  });
  return out;
}
