import type { Report, Section, SectionNo } from "../../model/report.js";
import { section, sectionBody } from "./sections.js";

/** A section's character n-grams and a bottom-k sketch of them (for a quick first comparison). */
export interface Grams {
  set: Set<string>;
  sketch: number[];
}

const SKETCH = 64;
/** The exact comparison is made when the sketches estimate at least the threshold less this. */
const MARGIN = 0.25;
// Keyed by the sections array: a report with the inspector's corrections shares it with the
// printed one, so the text work is done once per report, not once per re-check.
const cache = new WeakMap<readonly Section[], Map<string, Map<number, Grams | null>>>();
/** Similarities already computed, both ways: an audit's pairs are compared again on each re-check. */
const pairs = new WeakMap<Grams, WeakMap<Grams, number>>();

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The first SKETCH distinct values of sorted hashes. */
function bottom(sorted: Uint32Array): number[] {
  const out: number[] = [];
  for (const h of sorted) {
    if (out.length === SKETCH) break;
    if (out[out.length - 1] !== h) out.push(h);
  }
  return out;
}

/** Character n-grams of a section without years, numbers, the agency name, spacing, punctuation. */
export function sectionGrams(r: Report, no: SectionNo, n: number, minChars: number): Grams | null {
  let byAgency = cache.get(r.sections);
  if (!byAgency) cache.set(r.sections, (byAgency = new Map()));
  let m = byAgency.get(r.agency);
  if (!m) byAgency.set(r.agency, (m = new Map()));
  const key = (no * 1000 + n) * 100_000 + minChars;
  const hit = m.get(key);
  if (hit !== undefined) return hit;
  const s = section(r, no);
  let t = s ? sectionBody(r, s) : "";
  if (r.agency) t = t.split(r.agency).join("");
  t = t.normalize("NFKC").replace(/\d+\s*年度?|\d+(?:\.\d+)?|[\s\p{P}]+/gu, "");
  let out: Grams | null = null;
  if (t.length >= minChars) {
    const set = new Set<string>();
    const hashes = new Uint32Array(Math.max(0, t.length - n + 1));
    let k = 0;
    for (let i = 0; i + n <= t.length; i++) {
      const g = t.slice(i, i + n);
      const before = set.size;
      if (set.add(g).size === before) continue;
      hashes[k++] = hash(g);
    }
    out = { set, sketch: bottom(hashes.subarray(0, k).sort()) };
  }
  m.set(key, out);
  return out;
}

/**
 * Whether the Jaccard similarity estimated from two sorted bottom-k sketches (a merge of their
 * heads) is below `min`; the merge stops once too many heads differ for it to reach `min`.
 */
function estimateBelow(a: number[], b: number[], min: number): boolean {
  const misses = Math.floor((1 - min) * SKETCH);
  let i = 0;
  let j = 0;
  let seen = 0;
  let both = 0;
  while (seen < SKETCH && (i < a.length || j < b.length)) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    if (x === y) both++;
    else if (seen - both >= misses) return true;
    if (x <= y) i++;
    if (y <= x) j++;
    seen++;
  }
  return seen ? both / seen < min : 0 < min;
}

/**
 * Whether two sections whose sketches hold `shared` values in common may reach `atLeast`; when
 * not, similarity() is 0 without looking. The merge in estimateBelow runs over at least
 * min(SKETCH, longer sketch) values and finds at most `shared` of them in both, so its estimate
 * is at most shared / that; with none shared it is 0 (or nothing is seen), below any positive
 * minimum. Lets a set be compared only where sketches meet (kit/gram-index.ts).
 */
export function mayReach(a: Grams, b: Grams, shared: number, atLeast: number): boolean {
  const min = atLeast - MARGIN;
  if (shared === 0) return !(min > 0);
  return !(shared / Math.min(SKETCH, Math.max(a.sketch.length, b.sketch.length)) < min);
}

/** Whether two sections with no sketch value in common may reach `atLeast` (see mayReach). */
export function reachableApart(atLeast: number): boolean {
  return !(atLeast - MARGIN > 0);
}

/**
 * The fewest sketch values another section must share with `g` to reach `atLeast` (unless
 * reachableApart): fewer, and mayReach is false whatever the other's sketch, as the longer
 * sketch of the two is at least as long as this one.
 */
export function leastShared(g: Grams, atLeast: number): number {
  const min = atLeast - MARGIN;
  const most = Math.min(SKETCH, g.sketch.length);
  let s = 1;
  while (s < most && s / most < min) s++;
  return s;
}

/** How many values two sorted sketches hold in common. */
export function sharedValues(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) both++;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return both;
}

/**
 * Exact Jaccard similarity when it reaches `atLeast`; below, the exact value or 0 when the sizes,
 * the sketches or the grams compared so far already show it below (0 is not remembered).
 */
export function similarity(a: Grams, b: Grams, atLeast: number): number {
  // The quick tests first and uncached, sizes first without building anything.
  const sa = a.set.size;
  const sb = b.set.size;
  if ((sa < sb ? sa / sb : sb / sa) < atLeast) return 0;
  if (estimateBelow(a.sketch, b.sketch, atLeast - MARGIN)) return 0;
  const known = pairs.get(a)?.get(b);
  if (known !== undefined) return known;
  const sim = compare(a, b, atLeast);
  if (sim === null) return 0;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    let m = pairs.get(x);
    if (!m) pairs.set(x, (m = new WeakMap()));
    m.set(y, sim);
  }
  return sim;
}

/** Exact Jaccard similarity, or null as soon as too many grams are missing for it to reach `atLeast`. */
function compare(a: Grams, b: Grams, atLeast: number): number | null {
  const [small, large] = a.set.size < b.set.size ? [a.set, b.set] : [b.set, a.set];
  const total = a.set.size + b.set.size;
  // The most grams the two can still share: the similarity can be at most most / (total - most).
  let most = small.size;
  let both = 0;
  for (const g of small) {
    if (large.has(g)) both++;
    else if (--most / (total - most) < atLeast) return null;
  }
  return both / (total - both);
}
