import type { Binary } from "./image.js";

/** A ruling line of a table: a long, thin run of ink. */
export interface Segment {
  /** Along the line: x for a horizontal line, y for a vertical one. */
  from: number;
  to: number;
  /** Across the line: first and last pixel row (column) of its thickness. */
  a: number;
  b: number;
}

export interface Rulings {
  horizontal: Segment[];
  vertical: Segment[];
}

/** Breaks up to this many pixels (JPEG noise on a hairline) do not end a run. */
const GAP = 3;

interface Open {
  seg: Segment;
  last: number;
}

/**
 * Runs of ink at least `minLen` long along one axis, stacked across the other into segments
 * no thicker than `maxThick` (thicker ink is a filled shape or a picture, never a ruling).
 */
function scan(
  along: number,
  across: number,
  ink: (i: number, j: number) => number,
  minLen: number,
  maxThick: number,
): Segment[] {
  const done: Segment[] = [];
  let open: Open[] = [];
  for (let j = 0; j < across; j++) {
    const runs: [number, number][] = [];
    let start = -1;
    let lastInk = -1;
    for (let i = 0; i <= along; i++) {
      const on = i < along && ink(i, j) === 1;
      if (on) {
        if (start < 0 || i - lastInk > GAP + 1) {
          if (start >= 0 && lastInk - start + 1 >= minLen) runs.push([start, lastInk]);
          start = i;
        }
        lastInk = i;
      }
    }
    if (start >= 0 && lastInk - start + 1 >= minLen) runs.push([start, lastInk]);
    const next: Open[] = [];
    for (const [s, e] of runs) {
      // Any overlap continues a line: a hairline that is not quite level steps a row sideways.
      const o = open.find((o) => Math.min(o.seg.to, e) - Math.max(o.seg.from, s) >= -GAP);
      if (o) {
        o.seg.from = Math.min(o.seg.from, s);
        o.seg.to = Math.max(o.seg.to, e);
        o.seg.b = j;
        o.last = j;
        if (!next.includes(o)) next.push(o);
      } else next.push({ seg: { from: s, to: e, a: j, b: j }, last: j });
    }
    for (const o of open) if (!next.includes(o)) done.push(o.seg);
    open = next;
  }
  for (const o of open) done.push(o.seg);
  return done.filter((s) => s.b - s.a + 1 <= maxThick);
}

/**
 * The page's ruling lines; lengths scale with the resolution (pixels per inch). A line that
 * is not quite level is antialiased over two pixel rows, dark in each only half the way: ink is
 * taken one pixel either side across the line, which joins the halves.
 */
export function findRulings(bin: Binary, dpi: number): Rulings {
  const { width: w, height: h, data } = bin;
  const at = (x: number, y: number) => (x >= 0 && y >= 0 && x < w && y < h ? data[y * w + x]! : 0);
  const across = (x: number, y: number, dx: number, dy: number) =>
    at(x, y) | at(x + dx, y + dy) | at(x - dx, y - dy);
  const maxThick = Math.max(3, Math.round(dpi / 25)) + 2;
  return {
    horizontal: scan(w, h, (x, y) => across(x, y, 0, 1), Math.round(dpi * 0.3), maxThick),
    vertical: scan(h, w, (y, x) => across(x, y, 1, 0), Math.round(dpi * 0.2), maxThick),
  };
}
