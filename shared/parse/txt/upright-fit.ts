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

/** How many columns off where it stands a character's spelling on a head may put it. */
const REACH = 3;

/** How many columns a whole line may stand off the numbers. */
const SHIFT = 2;

/** Characters spelling on heads, each worth REACH columns off where it stands. */
const score = (b: Best) => REACH * b.fits - b.cost;
const better = (a: Best, b: Best) =>
  score(a) > score(b) || (score(a) === score(b) && a.fits > b.fits);

interface Spelling {
  columns: number[];
  cost: number;
  /** Characters other than the template's at their place. */
  misses: number;
}

/**
 * The ways piece `p` spells on the heads from column `from` on: its characters in runs, each run
 * the next characters of one column's head, the columns left to right (a piece of two heads set
 * one space apart: 服 务 其 他). `used`: characters the piece just before spelt in column
 * `from - 1`, which this one may go on (a head spread across its column: 社      会).
 */
function spellings(p: HeadPiece, from: number, used: number, h: HeadsRead): Spelling[] {
  const out: Spelling[] = [];
  const go = (t: number, k0: number, columns: number[], cost: number, misses: number) => {
    if (t === p.chars.length) {
      out.push({ columns, cost, misses });
      return;
    }
    const again = t === 0 && used > 0;
    for (let k = again ? k0 - 1 : k0; k < h.heads.length; k++) {
      const read = h.read[k];
      const head = h.heads[k] as string;
      if (read === null || read === undefined) continue;
      const at = read + (again && k === k0 - 1 ? used : 0);
      let miss = 0;
      for (let u = t + 1; u <= p.chars.length && at + u - t <= head.length; u++) {
        if (head[at + u - 1 - t] !== p.chars[u - 1] && ++miss > 1) break;
        // A character printed otherwise inside a run that spells on (社 区 / 公 益): as much as
        // a character REACH columns off, never a run of its own.
        if (miss && u - t < 2) continue;
        let c = cost + miss * REACH;
        for (let j = t; j < u; j++) c += Math.abs(k - (p.near[j] ?? k));
        go(u, k + 1, [...columns, ...new Array<number>(u - t).fill(k)], c, misses + miss);
      }
    }
  };
  go(0, from, [], 0, 0);
  return out;
}

/**
 * The columns a line's pieces of head text (left to right) go on spelling: a piece is taken
 * whole or not at all, its characters each the next of its column's template head, the columns
 * left to right across the line; as many characters as can, each as near as can be to the column
 * it stands over, the whole line allowed to stand off (a character is worth no more than REACH
 * columns off: a line of one group's heads never spells on those of the group beside it). null
 * for a piece that goes on no head. pdftotext spaces each line by its own widths, so where a
 * character stands may be a column or two off; the order of the text on its line is not.
 */
export function fitLine(pieces: readonly HeadPiece[], h: HeadsRead): (number[] | null)[] {
  // Only a piece whose first or second character a column's head has yet to print can spell on
  // a head (after a piece before it on the same column, one printed otherwise).
  const may = (p: HeadPiece) =>
    h.heads.some((head, k) => {
      const at = h.read[k];
      if (at === null || at === undefined) return false;
      const rest = head.slice(at);
      return (
        rest.includes(p.chars[0] as string) ||
        (p.chars.length > 1 && rest.includes(p.chars[1] as string))
      );
    });
  const kept = pieces.filter(may);
  if (!kept.length) return pieces.map(() => null);
  let best: Best | null = null;
  // The whole line may stand a few columns off the numbers: each column costs as much as one
  // character as far off.
  for (let shift = -SHIFT; shift <= SHIFT; shift++) {
    const moved = kept.map((p) => ({ chars: p.chars, near: p.near.map((c) => c + shift) }));
    const b = fitShifted(moved, h);
    const cand = { ...b, cost: b.cost + Math.abs(shift) };
    if (!best || better(cand, best)) best = cand;
  }
  const columns = best?.columns ?? [];
  let k = 0;
  return pieces.map((p) => (kept.includes(p) ? (columns[k++] ?? null) : null));
}

/** fitLine for the line where it stands. */
function fitShifted(pieces: readonly HeadPiece[], h: HeadsRead): Best {
  const memo = new Map<number, Best>();
  const solve = (i: number, from: number, used: number): Best => {
    const p = pieces[i];
    if (!p) return { fits: 0, cost: 0, columns: [] };
    const key = (i * 64 + from) * 64 + used;
    const known = memo.get(key);
    if (known) return known;
    const skip = solve(i + 1, from, 0);
    let best: Best = { fits: skip.fits, cost: skip.cost, columns: [null, ...skip.columns] };
    for (const s of spellings(p, from, used, h)) {
      const last = s.columns[s.columns.length - 1] as number;
      const run = s.columns.filter((k) => k === last).length;
      const rest = solve(i + 1, last + 1, run + (last === from - 1 ? used : 0));
      const cand: Best = {
        fits: rest.fits + p.chars.length - s.misses,
        cost: rest.cost + s.cost,
        columns: [s.columns, ...rest.columns],
      };
      if (better(cand, best)) best = cand;
    }
    memo.set(key, best);
    return best;
  };
  return solve(0, 0, 0);
}
