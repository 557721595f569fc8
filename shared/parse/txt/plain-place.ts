import type { PlainLabel } from "./plain-blocks.js";
import type { Unit, Units } from "./plain-units.js";

/** Where each unit's first row is among the template's rows (null: not certain), and blank rows. */
export interface Placement {
  starts: (number | null)[];
  /** Rows that print no value at all (their labels among the others, every value placed). */
  blank: number[];
}

/**
 * Lays the units on the template's rows (`keys`), in print order: the values come in the rows'
 * order. A unit may sit on rows `s…s+n-1` when every one of them has its label printed; of the
 * row labels printed before its run (since the values before), one names a row of the run and
 * none a later row (labels come with or after their values, never before earlier values). Between two units, rows are skipped only when the labels printed
 * between them name every skipped row (rows printing nothing); where values no unit fits stand,
 * anything may be skipped (left unread). A unit is placed when every reading of the whole table
 * that keeps to this puts it in the same place.
 */
export function placeUnits(u: Units, keys: string[], named: Set<string>): Placement {
  const T = keys.length;
  const k = u.units.length;
  const rowsOf = (ls: PlainLabel[]) =>
    ls.map((l) => keys.indexOf(l.row as string)).filter((i) => i >= 0);
  const before = u.units.map((x) => rowsOf(x.before));
  const after = new Set(rowsOf(u.after));
  const covered = (set: Set<number>, from: number, to: number) => {
    for (let r = from; r < to; r++) if (!set.has(r)) return false;
    return true;
  };
  const local = (i: number, s: number) => {
    const x = u.units[i] as Unit;
    if (s + x.rows.length > T) return false;
    for (let r = s; r < s + x.rows.length; r++) if (!named.has(keys[r] as string)) return false;
    const b = before[i] as number[];
    const hi = s + x.runRows - 1;
    return !b.length || (b.some((r) => r >= s) && b.every((r) => r <= hi));
  };
  const gap = (i: number, from: number, to: number) =>
    to === from ||
    (to > from && ((u.units[i] as Unit).junkBefore || covered(new Set(before[i]), from, to)));
  const ends = (i: number, s: number) => s + (u.units[i] as Unit).rows.length;
  const fwd = u.units.map(() => new Array<boolean>(T + 1).fill(false));
  const bwd = u.units.map(() => new Array<boolean>(T + 1).fill(false));
  for (let i = 0; i < k; i++)
    for (let s = 0; s < T; s++) {
      if (!local(i, s)) continue;
      const f = fwd[i] as boolean[];
      if (i === 0) f[s] = gap(0, 0, s);
      else
        for (let p = 0; p < T && !f[s]; p++)
          f[s] = (fwd[i - 1] as boolean[])[p] === true && gap(i, ends(i - 1, p), s);
    }
  for (let i = k - 1; i >= 0; i--)
    for (let s = 0; s < T; s++) {
      if (!local(i, s)) continue;
      const e = ends(i, s);
      const b = bwd[i] as boolean[];
      if (i === k - 1) b[s] = e === T || u.junkAfter || covered(after, e, T);
      else
        for (let n = 0; n < T && !b[s]; n++)
          b[s] = (bwd[i + 1] as boolean[])[n] === true && gap(i + 1, e, n);
    }
  const starts = u.units.map((_, i) => {
    const ok: number[] = [];
    for (let s = 0; s < T; s++) if (fwd[i]?.[s] && bwd[i]?.[s]) ok.push(s);
    return ok.length === 1 ? (ok[0] as number) : null;
  });
  const sure =
    starts.every((s) => s !== null) && !u.junkAfter && !u.units.some((x) => x.junkBefore);
  const blank: number[] = [];
  if (sure && k) {
    const taken = new Set<number>();
    starts.forEach((s, i) => {
      for (let r = s as number; r < ends(i, s as number); r++) taken.add(r);
    });
    for (let r = 0; r < T; r++) if (!taken.has(r) && named.has(keys[r] as string)) blank.push(r);
  }
  return { starts, blank };
}
