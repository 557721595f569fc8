import { T3_COLUMNS } from "../../templates/table3.js";
import { T4_COLUMNS, T4_GROUPS } from "../../templates/table4.js";

/** The template's column heads of a table by how many columns of numbers it prints: 三, 四. */
const HEADS: readonly (readonly string[])[] = [
  T3_COLUMNS.map((c) => c.label),
  T4_GROUPS.flatMap(() => T4_COLUMNS.map((c) => c.label)),
];

/**
 * How far down each column's head the text read so far has spelt the template's head, or null
 * once a character stood there that the template does not print (a head printed otherwise, read
 * by position from then on).
 */
export interface HeadsRead {
  heads: readonly string[];
  read: (number | null)[];
}

export function headsRead(columns: number): HeadsRead | null {
  const heads = HEADS.find((h) => h.length === columns);
  return heads ? { heads, read: heads.map(() => 0) } : null;
}

/** A piece of a line's head text: its characters and the column each stands over. */
export interface HeadPiece {
  chars: readonly string[];
  near: readonly number[];
}

interface Best {
  fits: number;
  cost: number;
  /** Per piece, the column of each character, or null: the piece spells on no head. */
  columns: (number[] | null)[];
}

const better = (a: Best, b: Best) => a.fits > b.fits || (a.fits === b.fits && a.cost < b.cost);

/**
 * The ways piece `p` spells on the heads from column `from` on: its characters in runs, each run
 * the next characters of one column's head, the columns left to right (a piece of two heads set
 * one space apart: 服 务 其 他).
 */
function spellings(
  p: HeadPiece,
  from: number,
  h: HeadsRead,
): { columns: number[]; cost: number }[] {
  const out: { columns: number[]; cost: number }[] = [];
  const go = (t: number, k0: number, columns: number[], cost: number) => {
    if (t === p.chars.length) {
      out.push({ columns, cost });
      return;
    }
    for (let k = k0; k < h.heads.length; k++) {
      const at = h.read[k];
      const head = h.heads[k] as string;
      if (at === null || at === undefined) continue;
      for (let u = t + 1; u <= p.chars.length; u++) {
        if (head.slice(at, at + u - t) !== p.chars.slice(t, u).join("")) break;
        let c = cost;
        for (let j = t; j < u; j++) c += Math.abs(k - (p.near[j] ?? k));
        go(u, k + 1, [...columns, ...new Array<number>(u - t).fill(k)], c);
      }
    }
  };
  go(0, from, [], 0);
  return out;
}

/**
 * The columns a line's pieces of head text (left to right) go on spelling: a piece is taken
 * whole or not at all, its characters each the next of its column's template head, the columns
 * left to right across the line; as many characters as can, each as near as can be to the column
 * it stands over. null for a piece that goes on no head. pdftotext spaces each line by its own
 * widths, so where a character stands may be a column or two off; its order on its line is not.
 */
export function fitLine(pieces: readonly HeadPiece[], h: HeadsRead): (number[] | null)[] {
  const n = h.heads.length;
  const memo = new Map<number, Best>();
  const solve = (i: number, from: number): Best => {
    const p = pieces[i];
    if (!p) return { fits: 0, cost: 0, columns: [] };
    const key = i * (n + 1) + from;
    const known = memo.get(key);
    if (known) return known;
    const skip = solve(i + 1, from);
    let best: Best = { fits: skip.fits, cost: skip.cost, columns: [null, ...skip.columns] };
    for (const s of spellings(p, from, h)) {
      const rest = solve(i + 1, (s.columns[s.columns.length - 1] as number) + 1);
      const cand: Best = {
        fits: rest.fits + p.chars.length,
        cost: rest.cost + s.cost,
        columns: [s.columns, ...rest.columns],
      };
      if (better(cand, best)) best = cand;
    }
    memo.set(key, best);
    return best;
  };
  return solve(0, 0).columns;
}
