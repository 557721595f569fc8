import { similarity } from "../../text/normalize.js";
import { labelKey } from "../keys.js";

/** Known misprints of template words (template.md), mapped to the word they stand for. */
const ALIASES = new Map([
  ["合计", "总计"],
  ["结果维护", "结果维持"],
  ["社会组织", "社会公益组织"],
]);

export interface Candidate<T> {
  key: string;
  item: T;
}

export function candidates<T>(items: readonly T[], label: (t: T) => string): Candidate<T>[] {
  return items.map((item) => ({ key: labelKey(label(item)), item }));
}

// Labels repeat (a table printed twice, a long report, the same label tried against a template's
// rows by several readers): a label's scores against a list of candidates are remembered with the
// list, within a bound so that a file of endless distinct labels cannot grow the memo without end.
const SCORES = new WeakMap<readonly Candidate<unknown>[], Map<string, Scores>>();
const MEMO_MAX = 20_000;

// A list made afresh for each call still finds the pairs it scored before.
const pairs = new Map<string, number>();

function similar(a: string, b: string, atLeast: number): number {
  if (a.length > 200) return similarity(a, b, atLeast);
  const key = `${a}\n${b}`;
  let s = pairs.get(key);
  if (s === undefined) {
    s = similarity(a, b, atLeast);
    if (Number.isNaN(s)) return s;
    if (pairs.size >= 100_000) pairs.clear();
    pairs.set(key, s);
  }
  return s;
}

/**
 * A label's scores against a list: `exact` where worked out (NaN where not), and where not, a
 * value the score is known to stay under (Infinity where nothing is known).
 */
interface Scores {
  exact: Float64Array;
  under: Float64Array;
}

function scores(key: string, cands: readonly Candidate<unknown>[]): Scores {
  let byKey = SCORES.get(cands);
  if (!byKey) SCORES.set(cands, (byKey = new Map()));
  let s = byKey.get(key);
  if (!s) {
    s = {
      exact: new Float64Array(cands.length).fill(NaN),
      under: new Float64Array(cands.length).fill(Infinity),
    };
    if (byKey.size >= MEMO_MAX) byKey.clear();
    if (key.length <= 200) byKey.set(key, s);
  }
  return s;
}

/**
 * The most a similarity can be: the edit distance is at least the difference in length and the
 * characters in common at most the shorter length, so neither part exceeds shorter / longer.
 */
function ceiling(a: string, b: string): number {
  return Math.min(a.length, b.length) / Math.max(a.length, b.length, 1);
}

// The answer itself, per list and threshold: the same labels are looked up again and again.
const RESULTS = new WeakMap<readonly Candidate<unknown>[], Map<number, Map<string, unknown>>>();

function results(cands: readonly Candidate<unknown>[], threshold: number): Map<string, unknown> {
  let byThreshold = RESULTS.get(cands);
  if (!byThreshold) RESULTS.set(cands, (byThreshold = new Map()));
  let byKey = byThreshold.get(threshold);
  if (!byKey) byThreshold.set(threshold, (byKey = new Map()));
  else if (byKey.size >= MEMO_MAX) byKey.clear();
  return byKey;
}

/** The template item a printed label stands for, or null when none is close enough. */
export function bestMatch<T>(
  key: string,
  cands: Candidate<T>[],
  threshold = 0.6,
  bonus?: (t: T) => number,
): T | null {
  if (bonus || key.length > 200) return scoredMatch(key, cands, threshold, bonus);
  const known = results(cands, threshold);
  let best = known.get(key) as T | null | undefined;
  if (best === undefined) known.set(key, (best = scoredMatch(key, cands, threshold)));
  return best;
}

function scoredMatch<T>(
  key: string,
  cands: Candidate<T>[],
  threshold: number,
  bonus?: (t: T) => number,
): T | null {
  const k = ALIASES.get(key) ?? key;
  const { exact, under } = scores(k, cands);
  let best: T | null = null;
  let bestScore = threshold;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate<T>;
    const extra = bonus ? bonus(c.item) : 0;
    let v = exact[i] as number;
    if (Number.isNaN(v)) {
      // A label too short, too long or too unlike this candidate to win is not scored yet
      // (1e-9: rounding).
      const bar = bestScore - extra - 1e-9;
      if ((under[i] as number) <= bar) continue;
      if (c.key !== k && ceiling(k, c.key) < bar) {
        under[i] = bar;
        continue;
      }
      v = c.key === k ? 1.01 : similar(k, c.key, bar);
      if (Number.isNaN(v)) {
        under[i] = bar;
        continue;
      }
      exact[i] = v;
    }
    if (v + extra >= bestScore) {
      best = c.item;
      bestScore = v + extra;
    }
  }
  return best;
}

/** Whether a printed label deviates from the template wording (numbering, spacing, width aside). */
export function deviates(printedKey: string, templateKey: string): boolean {
  return printedKey !== templateKey;
}
