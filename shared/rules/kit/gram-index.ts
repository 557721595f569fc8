import type { Report, SectionNo } from "../../model/report.js";
import { perSet, type PerSet } from "./per-set.js";
import { leastShared, mayReach, reachableApart, sectionGrams, type Grams } from "./grams.js";

/**
 * One section of every report of a set: for each sketch value the reports holding it, or for a
 * value most of them hold (a phrase of the template) the reports lacking it, the shorter list.
 */
export interface GramIndex {
  set: readonly Report[];
  grams: (Grams | null)[];
  holders: Map<number, number[]>;
  lacking: Map<number, number[]>;
  /** Per report of the set, zero between two look-ups: values it holds, values it lacks. */
  held: Int32Array;
  lacked: Int32Array;
}

const bySet = new WeakMap<readonly Report[], PerSet<GramIndex>>();

/** The index of given grams, one per report of the set (null: not compared). */
export function indexGrams(set: readonly Report[], grams: (Grams | null)[]): GramIndex {
  const holders = new Map<number, number[]>();
  grams.forEach((g, i) => {
    for (const v of g?.sketch ?? []) {
      const at = holders.get(v);
      if (at) at.push(i);
      else holders.set(v, [i]);
    }
  });
  const withGrams = grams.flatMap((g, i) => (g ? [i] : []));
  const lacking = new Map<number, number[]>();
  for (const [v, at] of holders) {
    if (at.length * 2 <= withGrams.length) continue;
    const has = new Set(at);
    lacking.set(
      v,
      withGrams.filter((i) => !has.has(i)),
    );
    holders.delete(v);
  }
  const held = new Int32Array(set.length);
  return { set, grams, holders, lacking, held, lacked: new Int32Array(set.length) };
}

/** The index of one section of a set, built once per set rather than once per report. */
export function gramIndex(
  set: readonly Report[],
  no: SectionNo,
  n: number,
  minChars: number,
): GramIndex {
  return perSet(bySet, set, `${no}:${n}:${minChars}`, () =>
    indexGrams(
      set,
      set.map((r) => sectionGrams(r, no, n, minChars)),
    ),
  );
}

/**
 * The reports of the set, in its order, whose section may be similar to `mine` by `atLeast`:
 * those whose sketch shares enough values with it (grams.ts mayReach). Every other report
 * would give similarity 0, so an audit compares the pairs whose sketches meet, not all n².
 */
export function meeting(index: GramIndex, mine: Grams, atLeast: number): Report[] {
  const { set, grams, holders, lacking, held, lacked } = index;
  if (reachableApart(atLeast)) return set.filter((_, i) => grams[i]);
  // Shared with report i: the values it holds of mine's rarer ones, plus mine's common ones
  // (`common`) less those it lacks.
  let common = 0;
  const touched: number[] = [];
  const short: number[] = [];
  for (const v of mine.sketch) {
    const without = lacking.get(v);
    if (without) {
      common++;
      for (const i of without) {
        const k = lacked[i] ?? 0;
        if (k === 0) short.push(i);
        lacked[i] = k + 1;
      }
      continue;
    }
    for (const i of holders.get(v) ?? []) {
      const k = held[i] ?? 0;
      if (k === 0) touched.push(i);
      held[i] = k + 1;
    }
  }
  // A report holding none of mine's rarer values shares at most `common`: too few, unless
  // common alone reaches leastShared.
  const all = common >= leastShared(mine, atLeast);
  if (all || touched.length * 8 > set.length) {
    touched.length = 0;
    for (let i = 0; i < set.length; i++) if (all || held[i]) touched.push(i);
  } else touched.sort((a, b) => a - b);
  const out: Report[] = [];
  for (const i of touched) {
    const theirs = grams[i];
    const r = set[i];
    const shared = (held[i] ?? 0) + common - (lacked[i] ?? 0);
    if (theirs && r && mayReach(mine, theirs, shared, atLeast)) out.push(r);
    held[i] = 0;
  }
  for (const i of short) lacked[i] = 0;
  return out;
}
