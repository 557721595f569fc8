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
  /** Each report's first place in the set. */
  places: Map<Report, number>;
  /** Per threshold, per place, the places whose sketches meet it. */
  met: Map<number, number[][]>;
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
  const places = new Map<Report, number>();
  set.forEach((r, i) => places.has(r) || places.set(r, i));
  return {
    set,
    grams,
    holders,
    lacking,
    held: new Int32Array(set.length),
    lacked: new Int32Array(set.length),
    places,
    met: new Map(),
  };
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

/** The first place in an ascending list holding `from` or more. */
function firstFrom(list: readonly number[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? from) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The places from `from` on, ascending, whose sketch shares enough values with `mine`. */
function meetingFrom(index: GramIndex, mine: Grams, atLeast: number, from: number): number[] {
  const { set, grams, holders, lacking, held, lacked } = index;
  // Shared with report i: the values it holds of mine's rarer ones, plus mine's common ones
  // (`common`) less those it lacks.
  let common = 0;
  const touched: number[] = [];
  const short: number[] = [];
  for (const v of mine.sketch) {
    const without = lacking.get(v);
    if (without) {
      common++;
      for (let k = firstFrom(without, from); k < without.length; k++) {
        const i = without[k] ?? 0;
        const c = lacked[i] ?? 0;
        if (c === 0) short.push(i);
        lacked[i] = c + 1;
      }
      continue;
    }
    const at = holders.get(v) ?? [];
    for (let k = firstFrom(at, from); k < at.length; k++) {
      const i = at[k] ?? 0;
      const c = held[i] ?? 0;
      if (c === 0) touched.push(i);
      held[i] = c + 1;
    }
  }
  // A report holding none of mine's rarer values shares at most `common`: too few, unless
  // common alone reaches leastShared.
  const all = common >= leastShared(mine, atLeast);
  if (all || touched.length * 8 > set.length - from) {
    touched.length = 0;
    for (let i = from; i < set.length; i++) if (all || held[i]) touched.push(i);
  } else touched.sort((a, b) => a - b);
  const out: number[] = [];
  for (const i of touched) {
    const theirs = grams[i];
    const shared = (held[i] ?? 0) + common - (lacked[i] ?? 0);
    if (theirs && mayReach(mine, theirs, shared, atLeast)) out.push(i);
    held[i] = 0;
  }
  for (const i of short) lacked[i] = 0;
  return out;
}

/** Per place of the set, the places whose sketches meet it: each pair counted once. */
function everyMeeting(index: GramIndex, atLeast: number): number[][] {
  const lists = index.grams.map((): number[] => []);
  index.grams.forEach((g, i) => {
    if (!g) return;
    for (const j of meetingFrom(index, g, atLeast, i + 1)) {
      lists[i]?.push(j);
      lists[j]?.push(i);
    }
  });
  return lists;
}

/**
 * The reports of the set, in its order, whose section may be similar to `mine` (the section of
 * `report`) by `atLeast`: those whose sketch shares enough values with it (grams.ts mayReach).
 * Every other report would give similarity 0, so an audit compares the pairs whose sketches
 * meet, not all n². The report itself may be left out.
 */
export function meeting(index: GramIndex, report: Report, mine: Grams, atLeast: number): Report[] {
  const { set, grams, places } = index;
  if (reachableApart(atLeast)) return set.filter((_, i) => grams[i]);
  const of = (found: number[]) => found.flatMap((i) => set[i] ?? []);
  const at = places.get(report);
  if (at === undefined || grams[at] !== mine) return of(meetingFrom(index, mine, atLeast, 0));
  let met = index.met.get(atLeast);
  if (!met) index.met.set(atLeast, (met = everyMeeting(index, atLeast)));
  return of(met[at] ?? []);
}
