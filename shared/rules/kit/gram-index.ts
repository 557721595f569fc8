import type { Report, SectionNo } from "../../model/report.js";
import { mayReach, reachableApart, sectionGrams, type Grams } from "./grams.js";

/** One section of every report of a set, and for each sketch value the reports holding it. */
export interface GramIndex {
  set: readonly Report[];
  grams: (Grams | null)[];
  holders: Map<number, number[]>;
  /** Shared sketch values per report of the set, zero between two look-ups. */
  counts: Int32Array;
}

const bySet = new WeakMap<readonly Report[], Map<string, GramIndex>>();

/** The index of one section of a set, built once per set rather than once per report. */
export function gramIndex(
  set: readonly Report[],
  no: SectionNo,
  n: number,
  minChars: number,
): GramIndex {
  let known = bySet.get(set);
  if (!known) bySet.set(set, (known = new Map()));
  const key = `${no}:${n}:${minChars}`;
  const hit = known.get(key);
  if (hit) return hit;
  const grams = set.map((r) => sectionGrams(r, no, n, minChars));
  const holders = new Map<number, number[]>();
  grams.forEach((g, i) => {
    for (const v of g?.sketch ?? []) {
      const at = holders.get(v);
      if (at) at.push(i);
      else holders.set(v, [i]);
    }
  });
  const index = { set, grams, holders, counts: new Int32Array(set.length) };
  known.set(key, index);
  return index;
}

/**
 * The reports of the set, in its order, whose section may be similar to `mine` by `atLeast`:
 * those whose sketch shares enough values with it (grams.ts mayReach). Every other report
 * would give similarity 0, so an audit compares the pairs whose sketches meet, not all n².
 */
export function meeting(index: GramIndex, mine: Grams, atLeast: number): Report[] {
  const { set, grams, holders, counts } = index;
  if (reachableApart(atLeast)) return set.filter((_, i) => grams[i]);
  const touched: number[] = [];
  for (const v of mine.sketch) {
    const at = holders.get(v);
    if (!at) continue;
    for (let k = 0; k < at.length; k++) {
      const i = at[k] ?? 0;
      const c = counts[i] ?? 0;
      if (c === 0) touched.push(i);
      counts[i] = c + 1;
    }
  }
  // Many reports met (sections built of the same phrases): walk the set rather than sort them.
  if (touched.length * 8 > set.length) {
    touched.length = 0;
    for (let i = 0; i < set.length; i++) if (counts[i]) touched.push(i);
  } else touched.sort((a, b) => a - b);
  const out: Report[] = [];
  for (const i of touched) {
    const theirs = grams[i];
    const r = set[i];
    if (theirs && r && mayReach(mine, theirs, counts[i] ?? 0, atLeast)) out.push(r);
    counts[i] = 0;
  }
  return out;
}
