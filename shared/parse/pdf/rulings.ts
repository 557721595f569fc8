import type { PdfRule } from "./content.js";

/** A ruling line: `at` across it (y of a level line, x of an upright one), from `from` to `to`. */
export interface Segment {
  at: number;
  from: number;
  to: number;
}

export interface Rulings {
  horizontal: Segment[];
  vertical: Segment[];
}

/** Thicker than this (points) is a filled shape, never a line of a table. */
const MAX_THICK = 3;
/** Shorter than this is a dot or a dash of a glyph. */
const MIN_LEN = 2;
/** Lines this close across are one line (a double border, or a cell's border drawn by each side). */
export const SAME_LINE = 1.5;
/** Pieces of one line along it may leave gaps this wide (borders drawn cell by cell). */
const GAP = 1.5;

function merge(segs: Segment[]): Segment[] {
  const sorted = segs.slice().sort((a, b) => a.at - b.at);
  const lines: Segment[][] = [];
  for (const s of sorted) {
    const g = lines[lines.length - 1];
    if (g && s.at - (g[0] as Segment).at <= SAME_LINE) g.push(s);
    else lines.push([s]);
  }
  const out: Segment[] = [];
  for (const g of lines) {
    const at = g.reduce((n, s) => n + s.at, 0) / g.length;
    const along = g.sort((a, b) => a.from - b.from);
    let cur: Segment | undefined;
    for (const s of along) {
      if (cur && s.from <= cur.to + GAP) cur.to = Math.max(cur.to, s.to);
      else out.push((cur = { at, from: s.from, to: s.to }));
    }
  }
  return out;
}

/**
 * The page's rules as level and upright ruling lines: each drawn rule by its longer side,
 * pieces of one line (collinear, touching) merged into one.
 */
export function findRulings(rules: readonly PdfRule[]): Rulings {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  for (const r of rules) {
    const w = r.x2 - r.x;
    const h = r.y2 - r.y;
    if (Math.max(w, h) < MIN_LEN || Math.min(w, h) > MAX_THICK) continue;
    if (w >= h) horizontal.push({ at: (r.y + r.y2) / 2, from: r.x, to: r.x2 });
    else vertical.push({ at: (r.x + r.x2) / 2, from: r.y, to: r.y2 });
  }
  return { horizontal: merge(horizontal), vertical: merge(vertical) };
}
