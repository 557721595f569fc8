import { T3_COLUMNS } from "../../templates/table3.js";
import { T4_COLUMNS, T4_GROUPS } from "../../templates/table4.js";

/** The template's column heads of a table by how many columns of numbers it prints: 三, 四. */
const HEADS: readonly (readonly string[])[] = [
  T3_COLUMNS.map((c) => c.label),
  T4_GROUPS.flatMap(() => T4_COLUMNS.map((c) => c.label)),
];

/**
 * How far down each column's head the characters read so far have spelt the template's head, or
 * null once a character stood there that the template does not print (a head printed otherwise,
 * read by position from then on).
 */
export interface HeadsRead {
  heads: readonly string[];
  read: (number | null)[];
}

export function headsRead(columns: number): HeadsRead | null {
  const heads = HEADS.find((h) => h.length === columns);
  return heads ? { heads, read: heads.map(() => 0) } : null;
}

interface Best {
  fits: number;
  cost: number;
  columns: number[];
}

const better = (a: Best, b: Best) => a.fits > b.fits || (a.fits === b.fits && a.cost < b.cost);

/**
 * The columns a line's characters (left to right) go on spelling: strictly left to right, each
 * the next character of its column's template head; as many characters as can, each as near as
 * can be to `near` (the column it stands over). -1 for a character that goes on no column's head.
 * pdftotext spaces each line by its own widths, so where a character stands may be a column or
 * two off; its order on its line is not.
 */
export function fitLine(chars: readonly string[], near: readonly number[], h: HeadsRead): number[] {
  const n = h.heads.length;
  const fits = (i: number, k: number) => {
    const at = h.read[k];
    return at !== null && at !== undefined && h.heads[k]?.[at] === chars[i];
  };
  const memo = new Map<number, Best>();
  const solve = (i: number, from: number): Best => {
    if (i === chars.length) return { fits: 0, cost: 0, columns: [] };
    const key = i * (n + 1) + from;
    const known = memo.get(key);
    if (known) return known;
    const skip = solve(i + 1, from);
    let best: Best = { fits: skip.fits, cost: skip.cost, columns: [-1, ...skip.columns] };
    for (let k = from; k < n; k++) {
      if (!fits(i, k)) continue;
      const rest = solve(i + 1, k + 1);
      const cand: Best = {
        fits: rest.fits + 1,
        cost: rest.cost + Math.abs(k - (near[i] ?? k)),
        columns: [k, ...rest.columns],
      };
      if (better(cand, best)) best = cand;
    }
    memo.set(key, best);
    return best;
  };
  return solve(0, 0).columns;
}
