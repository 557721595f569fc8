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

class Union {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  join(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

const crosses = (h: Segment, v: Segment) =>
  v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;

/** Groups of lines that touch each other: one group per table. */
function clusters(r: Rulings): Rulings[] {
  const nh = r.horizontal.length;
  const u = new Union(nh + r.vertical.length);
  r.horizontal.forEach((h, i) =>
    r.vertical.forEach((v, j) => {
      if (crosses(h, v)) u.join(i, nh + j);
    }),
  );
  const groups = new Map<number, Rulings>();
  [...r.horizontal, ...r.vertical].forEach((s, i) => {
    const k = u.find(i);
    const g = groups.get(k) ?? { horizontal: [], vertical: [] };
    (i < nh ? g.horizontal : g.vertical).push(s);
    groups.set(k, g);
  });
  return [...groups.values()].filter((g) => g.horizontal.length && g.vertical.length);
}

/** Positions closer than a line's width are one boundary (their mean). */
function boundaries(values: number[]): number[] {
  const sorted = values.slice().sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const g = groups[groups.length - 1];
    if (g && v - g[g.length - 1]! <= SAME_LINE + 0.5) g.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

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
  const xs = boundaries([...g.vertical.map((l) => l.at), ...ends(g.horizontal)]);
  const ys = boundaries([...g.horizontal.map((l) => l.at), ...ends(g.vertical)]);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 2) return null;
  const u = new Union(rows * cols);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const [y0, y1, x0, x1] = [ys[i]!, ys[i + 1]!, xs[j]!, xs[j + 1]!];
      if (j + 1 < cols && drawn(g.vertical, x1, y0, y1) < DRAWN)
        u.join(i * cols + j, i * cols + j + 1);
      if (i + 1 < rows && drawn(g.horizontal, y1, x0, x1) < DRAWN)
        u.join(i * cols + j, (i + 1) * cols + j);
    }
  const spans = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const k = u.find(i * cols + j);
      const s = spans.get(k);
      if (!s) spans.set(k, { r0: i, r1: i, c0: j, c1: j });
      else {
        s.r1 = Math.max(s.r1, i);
        s.c0 = Math.min(s.c0, j);
        s.c1 = Math.max(s.c1, j);
      }
    }
  const cells = [...spans.values()]
    .map((s) => ({
      row: s.r0,
      col: s.c0,
      rowspan: s.r1 - s.r0 + 1,
      colspan: s.c1 - s.c0 + 1,
      box: { x: xs[s.c0]!, y: ys[s.r0]!, x2: xs[s.c1 + 1]!, y2: ys[s.r1 + 1]! },
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { xs, ys, box: { x: xs[0]!, y: ys[0]!, x2: xs[cols]!, y2: ys[rows]! }, cells };
}

/** A page drawing more crossings than this is a picture, not tables (its lines are not read). */
const MAX_CROSSINGS = 1_000_000;

/** The ruled tables of a page, top to bottom, each as a grid of (merged) cells. */
export function findLattices(r: Rulings): Lattice[] {
  if (r.horizontal.length * r.vertical.length > MAX_CROSSINGS) return [];
  return clusters(r)
    .map(gridOf)
    .filter((g): g is Lattice => g !== null)
    .sort((a, b) => a.box.y - b.box.y);
}
