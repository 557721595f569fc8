import { boundaries, mergedCells, touchingGroups } from "../../grid/merged.js";
import { SAME_LINE, type Rulings, type Segment } from "./rulings.js";

export interface Box {
  x: number;
  y: number;
  x2: number;
  y2: number;
}

/** One cell of a ruled table: where it starts in the grid, how far it is merged, its box. */
export interface GridCell {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
  box: Box;
}

/** A ruled table: its column and row boundaries, left to right and top to bottom. */
export interface Lattice {
  xs: number[];
  ys: number[];
  box: Box;
  cells: GridCell[];
}

/** Lines that end this close to each other (points) touch. */
const TOUCH = 2;
/** A boundary drawn along at least this share of a cell's side separates it from its neighbour. */
const DRAWN = 0.5;

const crosses = (h: Segment, v: Segment) =>
  v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;

/** Positions closer than a line's width are one boundary. */
const lineBoundaries = (values: number[]) => boundaries(values, SAME_LINE + 0.5);

/** Share of the stretch [from, to] covered by lines lying at `at`. */
function drawn(lines: Segment[], at: number, from: number, to: number): number {
  let covered = 0;
  for (const l of lines) {
    if (Math.abs(l.at - at) > SAME_LINE + 0.5) continue;
    covered += Math.max(0, Math.min(l.to, to) - Math.max(l.from, from));
  }
  return to > from ? covered / (to - from) : 1;
}

/**
 * The grid of one group of lines. Boundaries are where lines lie, and where the lines across
 * them end (a table broken by a page has no rule under its last row; one with open sides has
 * no rule at its left and right): a side not drawn merges the cells it would part.
 */
function gridOf(g: Rulings): Lattice | null {
  const ends = (s: Segment[]) => [
    Math.min(...s.map((l) => l.from)),
    Math.max(...s.map((l) => l.to)),
  ];
  const xs = lineBoundaries([...g.vertical.map((l) => l.at), ...ends(g.horizontal)]);
  const ys = lineBoundaries([...g.horizontal.map((l) => l.at), ...ends(g.vertical)]);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 2) return null;
  const cells = mergedCells(rows, cols, (side, i, j) =>
    side === "right"
      ? drawn(g.vertical, xs[j + 1]!, ys[i]!, ys[i + 1]!) >= DRAWN
      : drawn(g.horizontal, ys[i + 1]!, xs[j]!, xs[j + 1]!) >= DRAWN,
  ).map((c) => ({
    ...c,
    box: { x: xs[c.col]!, y: ys[c.row]!, x2: xs[c.col + c.colspan]!, y2: ys[c.row + c.rowspan]! },
  }));
  return { xs, ys, box: { x: xs[0]!, y: ys[0]!, x2: xs[cols]!, y2: ys[rows]! }, cells };
}

/** A page drawing more crossings than this is a picture, not tables (its lines are not read). */
const MAX_CROSSINGS = 1_000_000;

/** The ruled tables of a page, top to bottom, each as a grid of (merged) cells. */
export function findLattices(r: Rulings): Lattice[] {
  if (r.horizontal.length * r.vertical.length > MAX_CROSSINGS) return [];
  return touchingGroups(r.horizontal, r.vertical, crosses)
    .filter((g) => g.horizontal.length && g.vertical.length)
    .map(gridOf)
    .filter((g): g is Lattice => g !== null)
    .sort((a, b) => a.box.y - b.box.y);
}
