import type { Binary, Box } from "./image.js";
import type { Rulings, Segment } from "./rulings.js";
import { boundaries, mergedCells, touchingGroups } from "../grid/merged.js";

/** One cell of a ruled table: its place in the grid (merged cells span) and its box in pixels. */
export interface GridCell {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
  box: Box;
}

export interface Grid {
  box: Box;
  rows: number;
  cols: number;
  cells: GridCell[];
}

const mid = (s: Segment) => (s.a + s.b) / 2;

/** Positions closer than `tol` are one boundary (their mean, in whole pixels). */
const pixelBoundaries = (values: number[], tol: number) =>
  boundaries(values, tol).map((v) => Math.round(v));

/** Share of the stretch [from, to] along a line at `at` (± tol) that is inked. */
function inked(bin: Binary, vertical: boolean, at: number, from: number, to: number, tol: number) {
  let hit = 0;
  let n = 0;
  for (let t = Math.round(from); t <= Math.round(to); t++) {
    n++;
    for (let d = -tol; d <= tol; d++) {
      const p = Math.round(at) + d;
      const [x, y] = vertical ? [p, t] : [t, p];
      if (x < 0 || y < 0 || x >= bin.width || y >= bin.height) continue;
      if (bin.data[y * bin.width + x]) {
        hit++;
        break;
      }
    }
  }
  return n ? hit / n : 0;
}

/** Groups of rulings that touch each other: one group per table. */
function clusters(r: Rulings, tol: number): { h: Segment[]; v: Segment[] }[] {
  const touch = (h: Segment, v: Segment) => {
    const [x, y] = [mid(v), mid(h)];
    return x >= h.from - tol && x <= h.to + tol && y >= v.from - tol && y <= v.to + tol;
  };
  return touchingGroups(r.horizontal, r.vertical, touch)
    .map((g) => ({ h: g.horizontal, v: g.vertical }))
    .filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

function gridOf(bin: Binary, g: { h: Segment[]; v: Segment[] }, tol: number): Grid | null {
  const ys = pixelBoundaries(g.h.map(mid), tol);
  const xs = pixelBoundaries(g.v.map(mid), tol);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1) return null;
  const m = tol + 1;
  const cells = mergedCells(rows, cols, (side, i, j) =>
    side === "right"
      ? inked(bin, true, xs[j + 1]!, ys[i]! + m, ys[i + 1]! - m, tol - 1) >= 0.8
      : inked(bin, false, ys[i + 1]!, xs[j]! + m, xs[j + 1]! - m, tol - 1) >= 0.8,
  ).map((c) => ({
    ...c,
    box: { x0: xs[c.col]!, y0: ys[c.row]!, x1: xs[c.col + c.colspan]!, y1: ys[c.row + c.rowspan]! },
  }));
  const box = { x0: xs[0]!, y0: ys[0]!, x1: xs[cols]!, y1: ys[rows]! };
  return { box, rows, cols, cells };
}

/** The ruled tables of a page, top to bottom, each as a grid of (merged) cells. */
export function findGrids(bin: Binary, rulings: Rulings, dpi: number): Grid[] {
  const tol = Math.max(2, Math.round(dpi / 40));
  return clusters(rulings, tol)
    .map((g) => gridOf(bin, g, tol))
    .filter((g): g is Grid => g !== null)
    .sort((a, b) => a.box.y0 - b.box.y0);
}
