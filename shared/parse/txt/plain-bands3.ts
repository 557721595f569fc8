import { T3_COLUMNS } from "../../templates/table3.js";
import type { Strip } from "./plain-strips3.js";

const K = T3_COLUMNS.length;
/** Search limit: past it nothing is placed (the order leaves too many readings to tell). */
const MAX_STATES = 100_000;

/** Where a strip goes: its first column, how many, and its band's first row and height. */
export interface Place {
  col: number;
  width: number;
  row: number;
  height: number;
}

interface State {
  t: number;
  /** For each column, how many bands of it are placed. */
  c: number[];
  /** Rows of the bands every column has passed. */
  base: number;
  /** Heights of the bands some column is in or has passed (from the lowest column's). */
  open: number[];
  /**
   * Where columns may close (`closings`): the page's flow (0 left, 1 right), the left flow's
   * band and last column, each plus one.
   */
  flow?: number[];
}

// Every number is below 2^16 (strips, rows): one character each.
/** A column closed for its page (`closings`). */
const CLOSED = 0xffff;
const key = (s: State) => String.fromCharCode(s.t, s.base, ...(s.flow ?? []), ...s.c, ...s.open);

/**
 * Where each strip goes in every way to lay the strips on `rows` rows of K columns that keeps
 * the order poppler prints a ruled table in: a column's strips top to bottom and after its head
 * where the page prints one, the strips of one band of rows left to right (a strip after its
 * left neighbour's of that band), every column cut into the same bands, a band whole on its
 * page. A strip whose heads name its columns goes to those columns, anywhere in its band's
 * order. For each strip, the places it takes in some way (one place: it is certain); null when
 * the search exceeds its limit. `heads`: whether a column's strips come after its head's block
 * (else heads printed apart tell nothing).
 */
export function placesOf(
  strips: Strip[],
  rows: number,
  closing = false,
  heads = true,
): Place[][] | null {
  const m = strips.length;
  // Every page holds whole bands of every column; the table, every cell.
  const sums = new Map<number, number>();
  for (const s of strips) sums.set(s.page, (sums.get(s.page) ?? 0) + s.cells.length);
  const total = [...sums.values()].reduce((x, y) => x + y, 0);
  if (total !== rows * K || [...sums.values()].some((n) => n % K)) return strips.map(() => []);
  // Cells printed from each strip to the end of its page.
  const pageLeft = new Array<number>(m + 1).fill(0);
  for (let t = m - 1; t >= 0; t--) {
    const here = strips[t] as Strip;
    const next = strips[t + 1];
    pageLeft[t] =
      here.cells.length + (next && next.page === here.page ? (pageLeft[t + 1] as number) : 0);
  }
  // The row each strip's page ends at (its rows: its cells over K).
  const pageEnd = new Map<number, number>();
  let end = 0;
  for (const [page, n] of sums) pageEnd.set(page, (end += n / K));
  // The page's cells left fill the open bands' cells not yet placed, and whole new rows (of the
  // columns not closed).
  const fits = (s: State): boolean => {
    const strip = strips[s.t];
    if (!strip || (s.t > 0 && strips[s.t - 1]?.page !== strip.page)) return true;
    const lo = Math.min(...s.c);
    let owed = 0;
    for (const b of s.c) for (let i = b - lo; i < s.open.length; i++) owed += s.open[i] as number;
    const spare = (pageLeft[s.t] as number) - owed;
    const free = rows - s.base - s.open.reduce((x, y) => x + y, 0);
    const live = s.c.filter((b) => b !== CLOSED).length;
    if (live < K) return spare === ((pageEnd.get(strip.page) as number) - rows + free) * live;
    return spare >= 0 && spare % K === 0 && spare / K <= free;
  };
  const done = new Map<string, boolean>();
  const moves = (s: State): { place: Place; next: State }[] => {
    const strip = strips[s.t] as Strip;
    const lo = Math.min(...s.c);
    if (s.t > 0 && strip.page !== strips[s.t - 1]?.page) {
      if (s.c.some((x) => x !== lo && x !== CLOSED)) return [];
      // A new page: the columns closed on the page before are level with the others.
      s = {
        ...s,
        c: s.c.map((x) => (x === CLOSED ? lo : x)),
        ...(closing ? { flow: [0, lo, 0] } : {}),
      };
    }
    const n = strip.cells.length;
    const tries = strip.pin
      ? [strip.pin]
      : s.c.flatMap((b, j) =>
          b !== CLOSED &&
          (j === 0 || (s.c[j - 1] as number) > b) &&
          !(heads && strip.headLater.has(j))
            ? [{ from: j, width: 1 }]
            : [],
        );
    const out: { place: Place; next: State }[] = [];
    if (closing && !strip.pin) out.push(...closings(s, strip));
    for (const { from, width } of tries) {
      const b = s.c[from] as number;
      if (s.c.slice(from, from + width).some((x) => x !== b)) continue;
      const open = [...s.open];
      if (b === lo + open.length) {
        const used = s.base + open.reduce((x, y) => x + y, 0);
        if (n % width || used + n / width > rows) continue;
        open.push(n / width);
      } else if ((open[b - lo] as number) * width !== n) continue;
      const c = [...s.c];
      for (let j = from; j < from + width; j++) c[j] = b + 1;
      const row = s.base + open.slice(0, b - lo).reduce((x, y) => x + y, 0);
      const passed = Math.min(...c) - lo;
      const base = s.base + open.slice(0, passed).reduce((x, y) => x + y, 0);
      out.push({
        place: { col: from, width, row, height: open[b - lo] as number },
        next: {
          t: s.t + 1,
          c,
          base,
          open: open.slice(passed),
          ...(s.flow ? { flow: s.flow } : {}),
        },
      });
    }
    return closing && !strip.pin ? out.flatMap((mv) => flows(s, mv)) : out;
  };
  // With a column closed early, the page is two flows (poppler's staircase): the left one band by
  // band, each band's first columns left to right from the first; then the right one, each band's
  // other columns once every band above it is whole.
  const flows = (s: State, mv: { place: Place; next: State }) => {
    const [phase, lb, last] = s.flow ?? [0, Math.min(...s.c), 0];
    const j = mv.place.col;
    const b = s.c[j] as number;
    const out: { place: Place; next: State }[] = [];
    const left = j === 0 ? b === (lb as number) : b + 1 === lb && last === j;
    if (phase === 0 && left) out.push({ ...mv, next: { ...mv.next, flow: [0, b + 1, j + 1] } });
    if (Math.min(...s.c) >= b)
      out.push({ ...mv, next: { ...mv.next, flow: [1, lb as number, last as number] } });
    return out;
  };
  // A column's last strip on its page, printed before its right neighbour's strips of those
  // rows, may run over several of their bands (poppler's staircase: the left flow's last
  // column, alone, one block to the page's end): it closes the column for the page.
  const closings = (s: State, strip: Strip): { place: Place; next: State }[] => {
    const lo = Math.min(...s.c);
    const live = s.c.filter((b) => b !== CLOSED).length;
    const out: { place: Place; next: State }[] = [];
    s.c.forEach((b, j) => {
      if (b === CLOSED || live < 2 || (heads && strip.headLater.has(j))) return;
      if (j > 0 && s.c[j - 1] !== CLOSED) return;
      const row = s.base + s.open.slice(0, b - lo).reduce((x, y) => x + y, 0);
      const height = (pageEnd.get(strip.page) as number) - row;
      if (strip.cells.length !== height) return;
      const c = s.c.map((x, i) => (i === j ? CLOSED : x));
      const passed = Math.min(...c) - lo;
      const base = s.base + s.open.slice(0, passed).reduce((x, y) => x + y, 0);
      out.push({
        place: { col: j, width: 1, row, height },
        next: {
          t: s.t + 1,
          c,
          base,
          open: s.open.slice(passed),
          ...(s.flow ? { flow: s.flow } : {}),
        },
      });
    });
    return out;
  };
  let over = false;
  const finishes = (s: State): boolean => {
    if (s.t === m) return s.base === rows && !s.open.length;
    const k = key(s);
    const known = done.get(k);
    if (known !== undefined) return known;
    if (done.size > MAX_STATES) {
      over = true;
      return false;
    }
    let ok = false;
    if (fits(s)) for (const mv of moves(s)) if (finishes(mv.next)) ok = true;
    done.set(k, ok);
    return ok;
  };
  const start: State = { t: 0, c: new Array<number>(K).fill(0), base: 0, open: [] };
  if (closing) start.flow = [0, 0, 0];
  if (!finishes(start) || over) return over ? null : strips.map(() => []);
  const places = strips.map(() => new Map<string, Place>());
  const seen = new Set<string>();
  const walk = (s: State) => {
    if (s.t === m || seen.has(key(s))) return;
    seen.add(key(s));
    for (const mv of moves(s))
      if (finishes(mv.next)) {
        const p = mv.place;
        places[s.t]?.set(`${p.col},${p.width},${p.row},${p.height}`, p);
        walk(mv.next);
      }
  };
  walk(start);
  return places.map((p) => [...p.values()]);
}
