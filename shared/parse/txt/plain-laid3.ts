import type { SourceCell } from "../source.js";
import { T3_COLUMNS } from "../../templates/table3.js";
import { placesOf, type Place } from "./plain-bands3.js";
import { inOrder, type Strip } from "./plain-strips3.js";

const K = T3_COLUMNS.length;

/** The values the ways to lay the strips put in a cell (its text: one of its cells). */
type Choices = Map<string, SourceCell>;

/** Strips laid on rows `row…row+rows-1` (the whole table, or one page's whole rows). */
interface Part {
  strips: Strip[];
  row: number;
  rows: number;
  places: Place[][];
}

/** The row and column of a strip's `i`th cell: one column top to bottom; several, row by row. */
const cellOf = (p: Place, i: number): [number, number] =>
  p.width === 1 ? [p.row + i, p.col] : [p.row + Math.floor(i / p.width), p.col + (i % p.width)];

/**
 * The ways to lay the strips on `rows` rows (`placesOf`): as poppler's bands, or, where they fit
 * no way so or in too many ways to tell, as two flows whose columns may close (fewer ways). First
 * with each column's strips after its head; where that fits no way, as if no head were printed
 * apart (其他 / 总计 printed below values they head): more ways, so fewer cells certain. Never
 * where a middle column's head comes after values (`inOrder`): poppler may then print a band's
 * left columns after its right ones (a WPS page: 商业企业 / 科研机构, then 自然人's values), which
 * no way keeps, and a way that ignores the heads may agree on wrong cells.
 */
function laid(strips: Strip[], row: number, rows: number): Part | null {
  for (const heads of strips.every(inOrder) ? [true, false] : [])
    for (const closing of [false, true]) {
      const places = placesOf(strips, rows, closing, heads);
      if (places && places.some((p) => p.length)) return { strips, row, rows, places };
    }
  return null;
}

/**
 * The table laid whole; where it fits no way, each page on its own rows (a page holds whole rows
 * of every column: its rows follow from the cells printed before it), the pages that fit.
 */
function partsOf(strips: Strip[], rows: number): Part[] {
  const whole = laid(strips, 0, rows);
  if (whole) return [whole];
  const total = strips.reduce((n, s) => n + s.cells.length, 0);
  if (total !== rows * K) return [];
  const out: Part[] = [];
  let row = 0;
  for (const page of new Set(strips.map((s) => s.page))) {
    const own = strips.filter((s) => s.page === page);
    const n = own.reduce((x, s) => x + s.cells.length, 0);
    if (n % K) return [];
    const part = laid(own, row, n / K);
    if (part) out.push(part);
    row += n / K;
  }
  return out;
}

/** Every value some way to lay the strips puts in each cell. */
function choicesOf(parts: Part[], rows: number): Choices[][] {
  const grid = Array.from({ length: rows }, () =>
    Array.from({ length: K }, (): Choices => new Map()),
  );
  for (const part of parts)
    part.places.forEach((p, t) => {
      for (const at of p)
        (part.strips[t] as Strip).cells.forEach((cell, i) => {
          const [r, j] = cellOf(at, i);
          grid[part.row + r]?.[j]?.set(cell.text.trim(), cell);
        });
    });
  return grid;
}

/**
 * Table 三's values where poppler prints each column of a band of rows as a strip (`placesOf`):
 * the rows whose K cells are certain, their values left to right. A cell is certain where every
 * way to lay the strips puts the same value there (a strip with one place, or several strips of
 * equal values any of which may stand there: 0 / 0). The others are left out (unread).
 */
export function bandRows(strips: Strip[] | null, rows: number): Map<number, SourceCell[]> {
  const out = new Map<number, SourceCell[]>();
  if (!strips?.length) return out;
  choicesOf(partsOf(strips, rows), rows).forEach((cells, r) => {
    const row = cells.map((c) => (c.size === 1 ? [...c.values()][0] : undefined));
    if (row.every((c) => c !== undefined)) out.set(r, row as SourceCell[]);
  });
  return out;
}
