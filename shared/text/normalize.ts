/** Full-width to half-width (NFKC) and no whitespace: the form labels and numbers compare in. */
export function squash(s: string): string {
  return s.normalize("NFKC").replace(/\s+/g, "");
}

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
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

function charOverlap(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const c of a) counts.set(c, (counts.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of b) {
    const n = counts.get(c) ?? 0;
    if (n > 0) {
      common++;
      counts.set(c, n - 1);
    }
  }
  return common / Math.max(a.length, b.length);
}

/** Similarity of two label keys in [0, 1]: edit distance, tolerant of swapped words. */
export function similarity(a: string, b: string): number {
  if (!a.length || !b.length) return 0;
  const lev = 1 - levenshtein(a, b) / Math.max(a.length, b.length);
  return Math.max(lev, 0.9 * charOverlap(a, b) * Math.min(1, lev + 0.5));
}
