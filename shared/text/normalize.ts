/** Full-width to half-width (NFKC) and no whitespace: the form labels and numbers compare in. */
export function squash(s: string): string {
  return SETTLED.test(s) ? s : s.normalize("NFKC").replace(/\s+/g, "");
}

/**
 * Text NFKC leaves as it is and without whitespace: printable ASCII, CJK unified ideographs
 * (no decomposition, no composition) and the CJK punctuation 、。〃〈〉《》「」『』【】.
 */
const SETTLED = /^[\x21-\x7e\u3001-\u3003\u3008-\u3011\u4e00-\u9fff]*$/;

const NUMBERING =
  /^(#+)?[(（]?(?:[一二三四五六七八九十]+|\d{1,2})[)）]?[、.．,，:：]?(?=\S)|^[(（][一二三四五六七八九十\d]+[)）]/u;

/** Strips a leading numbering such as 一、 （一） (一) 1. 1、 （1） from a label. */
export function stripNumbering(s: string): string {
  const t = squash(s);
  const m = NUMBERING.exec(t);
  if (!m) return t;
  // "1." before a digit is a decimal, not a numbering.
  return t.slice(m[0].length);
}

/** The comparison key of a label: no numbering, no punctuation, half-width. */
export function labelKey(s: string): string {
  return stripNumbering(s).replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, "");
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/** The code points of a string, sorted (an insertion sort: labels are short). */
function sortedCodePoints(s: string): Uint32Array {
  const out = new Uint32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 0xd800 && c < 0xdc00 ? s.charCodeAt(i + 1) : 0;
    let p = c;
    if (d >= 0xdc00 && d < 0xe000) {
      p = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      i++;
    }
    let j = n++;
    for (; j > 0 && (out[j - 1] as number) > p; j--) out[j] = out[j - 1] as number;
    out[j] = p;
  }
  return out.subarray(0, n);
}

// A label is compared with every candidate, and the candidates with every label.
const SORTED = new Map<string, Uint32Array>();
function sortedOf(s: string): Uint32Array {
  let v = SORTED.get(s);
  if (!v) {
    if (SORTED.size >= 10_000) SORTED.clear();
    SORTED.set(s, (v = sortedCodePoints(s)));
  }
  return v;
}

/** How many characters two sorted code point lists have in common (as a multiset). */
function inCommon(x: Uint32Array, y: Uint32Array): number {
  let common = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    const p = x[i] as number;
    const q = y[j] as number;
    if (p === q) {
      common++;
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  return common;
}

/**
 * Similarity of two label keys in [0, 1]: edit distance, tolerant of swapped words. NaN when it
 * is surely below `atLeast`: without surrogate pairs, neither part exceeds the characters in
 * common over the longer length (the edit distance is at least the longer length less them).
 */
export function similarity(a: string, b: string, atLeast = -Infinity): number {
  if (!a.length || !b.length) return 0;
  const x = sortedOf(a);
  const y = sortedOf(b);
  const overlap = inCommon(x, y) / Math.max(a.length, b.length);
  if (overlap < atLeast && x.length === a.length && y.length === b.length) return NaN;
  const lev = 1 - levenshtein(a, b) / Math.max(a.length, b.length);
  return Math.max(lev, 0.9 * overlap * Math.min(1, lev + 0.5));
}
