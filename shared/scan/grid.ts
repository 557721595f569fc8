import type { Binary, Box } from "./image.js";
import type { Rulings, Segment } from "./rulings.js";

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

/** Positions closer than `tol` are one boundary (their mean). */
function boundaries(values: number[], tol: number): number[] {
  const sorted = values.slice().sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const g = groups[groups.length - 1];
    if (g && v - g[g.length - 1]! <= tol) g.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => Math.round(g.reduce((s, v) => s + v, 0) / g.length));
}

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
  const all = [...r.horizontal, ...r.vertical];
  const nh = r.horizontal.length;
  const u = new Union(all.length);
  r.horizontal.forEach((h, i) =>
    r.vertical.forEach((v, j) => {
      const x = mid(v);
      const y = mid(h);
      if (x >= h.from - tol && x <= h.to + tol && y >= v.from - tol && y <= v.to + tol)
        u.join(i, nh + j);
    }),
  );
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  all.forEach((s, i) => {
    const k = u.find(i);
    const g = groups.get(k) ?? { h: [], v: [] };
    (i < nh ? g.h : g.v).push(s);
    groups.set(k, g);
  });
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

function gridOf(bin: Binary, g: { h: Segment[]; v: Segment[] }, tol: number): Grid | null {
  const ys = boundaries(g.h.map(mid), tol);
  const xs = boundaries(g.v.map(mid), tol);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1) return null;
  const u = new Union(rows * cols);
  const m = tol + 1;
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const [y0, y1, x0, x1] = [ys[i]!, ys[i + 1]!, xs[j]!, xs[j + 1]!];
      if (j + 1 < cols && inked(bin, true, x1, y0 + m, y1 - m, tol - 1) < 0.8)
        u.join(i * cols + j, i * cols + j + 1);
      if (i + 1 < rows && inked(bin, false, y1, x0 + m, x1 - m, tol - 1) < 0.8)
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
      box: { x0: xs[s.c0]!, y0: ys[s.r0]!, x1: xs[s.c1 + 1]!, y1: ys[s.r1 + 1]! },
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
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
