import type { SourceCell } from "../source.js";
import { T3_COLUMNS } from "../../templates/table3.js";
import { labelKey } from "../../text/normalize.js";
import { cellAt, type TextLine } from "./text-lines.js";
import { BARE_VALUE } from "./bare-value.js";
import { isPageNumber } from "./furniture.js";

/**
 * A run of values of plain pdftotext (consecutive value lines of one block): one column's cells
 * of a band of consecutive rows, or, after the heads of several neighbouring columns printed in
 * its block (narrow heads interleaved character by character), those columns' cells row by row.
 */
interface Strip {
  cells: SourceCell[];
  /** The columns its block's heads name (first, count), or null: not said. */
  pin: { from: number; width: number } | null;
  /** The page it is printed on (form feeds), counted from the table's start. */
  page: number;
  /** Columns whose heads its page prints after it (in blocks of heads alone). */
  headLater: Set<number>;
}

const K = T3_COLUMNS.length;
const HEADS = T3_COLUMNS.map((c) => labelKey(c.label));
const OVER = new Set(["申请人情况", "法人或其他组织"]);
const HEAD_CHARS = new Set(HEADS.join(""));
/** Search limit: past it nothing is placed (the order leaves too many readings to tell). */
const MAX_STATES = 20_000;

/** Table 四's words: its heads printed before table 三's last values end the table there. */
const T4 = /复议|诉讼/;
const sorted = (s: string) => [...s].sort().join("");

/** The neighbouring columns whose heads are exactly the characters printed, if any. */
function pinOf(heads: string): Strip["pin"] | "mixed" {
  if (!heads) return null;
  const want = sorted(heads);
  for (let from = 0; from < K; from++)
    for (let w = 1; from + w <= K; w++)
      if (sorted(HEADS.slice(from, from + w).join("")) === want) return { from, width: w };
  return "mixed";
}

/**
 * The table's runs of values in print order, up to table 四's heads where poppler prints them
 * first; null when a run's block mixes heads it cannot tell.
 */
export function stripsOf(
  text: string,
  lines: readonly TextLine[],
  pageBreaks: readonly number[],
): Strip[] | null {
  const out: Strip[] = [];
  let page = 0;
  let breaks = pageBreaks.filter((b) => b >= (lines[0]?.start ?? 0));
  let run: SourceCell[] = [];
  let heads = "";
  let headsOnly = true;
  let bad = false;
  // Blocks of heads alone (自 / 然 / 人, 其他): their columns, page and place among the strips.
  const alone: { cols: number[]; page: number; at: number }[] = [];
  let block = "";
  let plain = true;
  let valued = false;
  const endBlock = () => {
    const pin = plain && !valued ? pinOf(block) : null;
    if (pin && pin !== "mixed")
      alone.push({
        cols: Array.from({ length: pin.width }, (_, i) => pin.from + i),
        page,
        at: out.length,
      });
    block = "";
    plain = true;
    valued = false;
  };
  const flush = () => {
    if (!run.length) return;
    const pin = headsOnly ? pinOf(heads) : null;
    if (pin === "mixed") bad = true;
    else out.push({ cells: run, pin, page, headLater: new Set() });
    run = [];
    heads = "";
  };
  for (const l of lines) {
    const t = l.text.trim();
    if (breaks.length && l.start > (breaks[0] as number)) {
      flush();
      endBlock();
      page++;
      breaks = breaks.filter((b) => b >= l.start);
    }
    if (T4.test(t)) break;
    if (!t || isPageNumber(t, false)) {
      flush();
      endBlock();
      heads = "";
      headsOnly = true;
      continue;
    }
    if (BARE_VALUE.test(t)) {
      run.push(cellAt(text, l.start, l.start + l.text.length));
      valued = true;
      continue;
    }
    flush();
    const key = labelKey(t);
    if (OVER.has(key)) continue;
    block += key;
    // Only a head's own words: never a numbered label (（七）总计, 3.其他).
    plain &&= key === t.replace(/\s/g, "");
    if ([...key].every((c) => HEAD_CHARS.has(c)) && !HEADS.includes(key)) heads += key;
    else if (HEADS.includes(key) && t.length <= key.length + 2) heads += key;
    else headsOnly = false;
  }
  flush();
  endBlock();
  for (const h of alone)
    out.forEach((s, t) => {
      if (s.page === h.page && t < h.at) for (const c of h.cols) s.headLater.add(c);
    });
  return bad ? null : out;
}

/** Where a strip goes: its first column, how many, and its band's first row and height. */
interface Place {
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
}

const key = (s: State) => `${s.t}|${s.c.join(",")}|${s.base}|${s.open.join(",")}`;

/**
 * Where each strip goes in every way to lay the strips on `rows` rows of K columns that keeps
 * the order poppler prints a ruled table in: a column's strips top to bottom and after its head
 * where the page prints one, the strips of one band of rows left to right (a strip after its
 * left neighbour's of that band), every column cut into the same bands, a band whole on its
 * page. A strip whose heads name its columns goes to those columns, anywhere in its band's
 * order. For each strip, the places it takes in some way (one place: it is certain); null when
 * the search exceeds its limit.
 */
export function placesOf(strips: Strip[], rows: number): Place[][] | null {
  const m = strips.length;
  // Every page holds whole bands of every column; the table, every cell.
  const sums = new Map<number, number>();
  for (const s of strips) sums.set(s.page, (sums.get(s.page) ?? 0) + s.cells.length);
  const total = [...sums.values()].reduce((x, y) => x + y, 0);
  if (total !== rows * K || [...sums.values()].some((n) => n % K)) return strips.map(() => []);
  const done = new Map<string, boolean>();
  const moves = (s: State): { place: Place; next: State }[] => {
    const strip = strips[s.t] as Strip;
    const lo = Math.min(...s.c);
    if (s.t > 0 && strip.page !== strips[s.t - 1]?.page && s.c.some((x) => x !== lo)) return [];
    const n = strip.cells.length;
    const tries = strip.pin
      ? [strip.pin]
      : s.c.flatMap((b, j) =>
          (j === 0 || (s.c[j - 1] as number) > b) && !strip.headLater.has(j)
            ? [{ from: j, width: 1 }]
            : [],
        );
    const out: { place: Place; next: State }[] = [];
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
        next: { t: s.t + 1, c, base, open: open.slice(passed) },
      });
    }
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
    for (const mv of moves(s)) if (finishes(mv.next)) ok = true;
    done.set(k, ok);
    return ok;
  };
  const start: State = { t: 0, c: new Array<number>(K).fill(0), base: 0, open: [] };
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

/**
 * Table 三's values where poppler prints each column of a band of rows as a strip (`placesOf`):
 * the rows whose K cells are all certain, their values left to right. The others are left out
 * (unread).
 */
export function bandRows(
  text: string,
  lines: readonly TextLine[],
  rows: number,
  pageBreaks: readonly number[],
): Map<number, SourceCell[]> {
  const out = new Map<number, SourceCell[]>();
  const strips = stripsOf(text, lines, pageBreaks);
  if (!strips?.length) return out;
  const places = placesOf(strips, rows);
  if (!places) return out;
  const grid: (SourceCell | undefined)[][] = Array.from({ length: rows }, () => []);
  places.forEach((p, t) => {
    const only = p.length === 1 ? p[0] : undefined;
    if (!only) return;
    (strips[t] as Strip).cells.forEach((cell, i) => {
      // A strip of one column top to bottom; of several, row by row.
      const w = only.width;
      const [r, j] = w === 1 ? [i, 0] : [Math.floor(i / w), i % w];
      (grid[only.row + r] as (SourceCell | undefined)[])[only.col + j] = cell;
    });
  });
  grid.forEach((cells, r) => {
    const row = Array.from({ length: K }, (_, j) => cells[j]);
    if (row.every((c) => c !== undefined)) out.set(r, row as SourceCell[]);
  });
  return out;
}
