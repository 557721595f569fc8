import type { PlainLabel } from "./plain-blocks.js";
import type { Unit, Units } from "./plain-units.js";

/**
 * Where the units of a table 三 that prints every one of its cells sit, counted: with no cell
 * printing nothing, no row is skipped, so the units before the first values no unit fits take
 * the first rows in order and those after the last such values the last rows (the values come
 * in the rows' order). A unit is placed so only where a label printed right before or right
 * after it names one of its rows (a page printed by a browser puts a row's label after its
 * values as often as before); where counting from both ends disagrees, none is.
 */
export function countedStarts(u: Units, keys: readonly string[]): (number | null)[] {
  const T = keys.length;
  const k = u.units.length;
  const out = new Array<number | null>(k).fill(null);
  let r = 0;
  for (let i = 0; i < k; i++) {
    const x = u.units[i] as Unit;
    if (x.junkBefore || r + x.rows.length > T) break;
    out[i] = r;
    r += x.rows.length;
  }
  r = T;
  if (!u.junkAfter)
    for (let i = k - 1; i >= 0; i--) {
      const x = u.units[i] as Unit;
      r -= x.rows.length;
      if (r < 0) break;
      if (out[i] !== null && out[i] !== r) return new Array<number | null>(k).fill(null);
      out[i] = r;
      if (x.junkBefore) break;
    }
  const rowsOf = (ls: readonly PlainLabel[]) => ls.map((l) => keys.indexOf(l.row ?? ""));
  return out.map((s, i) => {
    if (s === null) return null;
    const x = u.units[i] as Unit;
    const next = u.units[i + 1];
    const after = next ? (next.junkBefore ? [] : next.before) : u.junkAfter ? [] : u.after;
    const near = [...rowsOf(x.before), ...rowsOf(after)];
    return near.some((n) => n >= s && n < s + x.rows.length) ? s : null;
  });
}
