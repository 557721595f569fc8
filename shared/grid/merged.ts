/** Disjoint sets over 0..n-1 (path halving). */
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

/** Positions closer than `tol` are one boundary (their mean), ascending. */
export function boundaries(values: number[], tol: number): number[] {
  const sorted = values.slice().sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const g = groups[groups.length - 1];
    if (g && v - g[g.length - 1]! <= tol) g.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** Groups of horizontal and vertical lines that touch each other: one group per table. */
export function touchingGroups<L>(
  horizontal: L[],
  vertical: L[],
  touch: (h: L, v: L) => boolean,
): { horizontal: L[]; vertical: L[] }[] {
  const nh = horizontal.length;
  const u = new Union(nh + vertical.length);
  horizontal.forEach((h, i) =>
    vertical.forEach((v, j) => {
      if (touch(h, v)) u.join(i, nh + j);
    }),
  );
  const groups = new Map<number, { horizontal: L[]; vertical: L[] }>();
  [...horizontal, ...vertical].forEach((s, i) => {
    const k = u.find(i);
    const g = groups.get(k) ?? { horizontal: [], vertical: [] };
    (i < nh ? g.horizontal : g.vertical).push(s);
    groups.set(k, g);
  });
  return [...groups.values()];
}

/** A cell of a ruled grid: where it starts and how many rows and columns it covers. */
export interface Span {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
}

/**
 * The cells of a rows × cols grid, top to bottom and left to right: neighbours whose shared
 * side `parted` says is not drawn are one merged cell.
 */
export function mergedCells(
  rows: number,
  cols: number,
  parted: (side: "right" | "below", row: number, col: number) => boolean,
): Span[] {
  const u = new Union(rows * cols);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      if (j + 1 < cols && !parted("right", i, j)) u.join(i * cols + j, i * cols + j + 1);
      if (i + 1 < rows && !parted("below", i, j)) u.join(i * cols + j, (i + 1) * cols + j);
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
  return [...spans.values()]
    .map((s) => ({ row: s.r0, col: s.c0, rowspan: s.r1 - s.r0 + 1, colspan: s.c1 - s.c0 + 1 }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
}
