import { squash } from "../../text/normalize.js";
import { median } from "./value-columns.js";

/** A piece of a line: label or value, where it stands. */
interface Placed {
  line: number;
  from: number;
  to: number;
  text: string;
  value?: boolean;
}

/** The column of numbers a character stands over, and how far apart those columns are. */
export interface Upright {
  column: number;
  pitch: number;
}

/** How many one-character pieces make a line of heads printed one character per line. */
const MIN_SINGLES = 3;

const single = (p: Placed) => !p.value && squash(p.text).length === 1;

/**
 * Heads printed one character per line, side by side (narrow columns of Word and WPS tables):
 * which column of the numbers below each character stands over. pdftotext spaces each line by its
 * own widths, so a line of heads may stand half a column off the numbers; the characters' order
 * and spacing on their line do not drift. A character goes to the column of the first line of
 * numbers below that it stands over (within a quarter of a column); one between two columns,
 * as many columns on from the one before as their distance spans. Characters of lines with no numbers below have no column.
 */
export function uprightColumns(pieces: readonly Placed[]): Map<Placed, Upright> {
  const byLine = new Map<number, Placed[]>();
  for (const p of pieces) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
  const lines = [...byLine.keys()].sort((a, b) => a - b);
  const out = new Map<Placed, Upright>();
  lines.forEach((line, k) => {
    const singles = (byLine.get(line) ?? []).filter(single).sort((a, b) => a.from - b.from);
    if (singles.length < MIN_SINGLES) return;
    const below = lines
      .slice(k + 1)
      .map((l) => (byLine.get(l) ?? []).filter((p) => p.value))
      .find((v) => v.length >= 2);
    if (!below) return;
    const centres = below.map((v) => (v.from + v.to) / 2).sort((a, b) => a - b);
    const pitch = median(centres.slice(1).map((c, i) => c - (centres[i] as number)));
    if (!(pitch > 0)) return;
    let column = -1;
    let prev: Placed | null = null;
    for (const s of singles) {
      const mid = (s.from + s.to) / 2;
      const nearest = centres.reduce(
        (b, c, i) => (Math.abs(c - mid) < Math.abs((centres[b] as number) - mid) ? i : b),
        0,
      );
      const clear = Math.abs((centres[nearest] as number) - mid) <= pitch / 4;
      column =
        prev && !(clear && nearest > column)
          ? column + Math.max(1, Math.round((s.from - prev.from) / pitch))
          : nearest;
      out.set(s, { column, pitch });
      prev = s;
    }
  });
  return out;
}
