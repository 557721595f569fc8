import { labelKey as key, squash as flat } from "../text/normalize.js";
import { cellValue as value, isValueText as valueText } from "../text/number.js";
import type { CellValue } from "../model/report.js";

/** Texts longer than this (prose) are not remembered: they are seldom looked at twice. */
const LONGEST = 400;
const MAX = 50_000;

const SHORT = 111;
const UNSET: unknown = Symbol("unset");

/** "" → 0, "0"…"9" → 1…10, "00"…"99" → 11…110; -1 for any other text. */
function shortIndex(s: string): number {
  if (s.length === 0) return 0;
  const a = s.charCodeAt(0) - 48;
  if (a < 0 || a > 9) return -1;
  if (s.length === 1) return 1 + a;
  if (s.length > 2) return -1;
  const b = s.charCodeAt(1) - 48;
  return b < 0 || b > 9 ? -1 : 11 + a * 10 + b;
}

/**
 * A pure function of a cell's text, remembered: the section finder, the version detector, the
 * region splitter and each table reader look at the same cells again and again. Bounded, so a
 * file of endless distinct texts cannot grow it without end.
 */
export function remembered<T>(fn: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>();
  // Blank cells and one- or two-digit values (most cells of a report): found by index, unhashed.
  const short: unknown[] = new Array<unknown>(SHORT).fill(UNSET);
  return (s) => {
    if (s.length > LONGEST) return fn(s);
    const i = shortIndex(s);
    if (i >= 0) {
      let v = short[i];
      if (v === UNSET) short[i] = v = fn(s);
      return v as T;
    }
    let v = memo.get(s);
    if (v === undefined && !memo.has(s)) {
      if (memo.size >= MAX) memo.clear();
      memo.set(s, (v = fn(s)));
    }
    return v as T;
  };
}

export const labelKey: (s: string) => string = remembered(key);
export const squash: (s: string) => string = remembered(flat);
export const isValueText: (s: string) => boolean = remembered(valueText);
export const cellValue: (s: string) => CellValue = remembered(value);
