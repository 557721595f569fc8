import { labelKey, similarity } from "../../text/normalize.js";

/** Known misprints of template words (template.md), mapped to the word they stand for. */
const ALIASES: Record<string, string> = {
  合计: "总计",
  结果维护: "结果维持",
  社会组织: "社会公益组织",
};

export interface Candidate<T> {
  key: string;
  item: T;
}

export function candidates<T>(items: readonly T[], label: (t: T) => string): Candidate<T>[] {
  return items.map((item) => ({ key: labelKey(label(item)), item }));
}

// Labels repeat (a table printed twice, a long report): their similarities are remembered,
// within a bound so that a file of endless distinct labels cannot grow the memo without end.
const memo = new Map<string, number>();
const MEMO_MAX = 100_000;

function similar(a: string, b: string): number {
  if (a.length > 200) return similarity(a, b);
  const key = `${a}\n${b}`;
  let s = memo.get(key);
  if (s === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(key, (s = similarity(a, b)));
  }
  return s;
}

/** The template item a printed label stands for, or null when none is close enough. */
export function bestMatch<T>(
  key: string,
  cands: Candidate<T>[],
  threshold = 0.6,
  bonus?: (t: T) => number,
): T | null {
  const k = ALIASES[key] ?? key;
  let best: T | null = null;
  let bestScore = threshold;
  for (const c of cands) {
    const s = (c.key === k ? 1.01 : similar(k, c.key)) + (bonus ? bonus(c.item) : 0);
    if (s >= bestScore) {
      best = c.item;
      bestScore = s;
    }
  }
  return best;
}

/** Whether a printed label deviates from the template wording (numbering, spacing, width aside). */
export function deviates(printedKey: string, templateKey: string): boolean {
  return printedKey !== templateKey;
}
