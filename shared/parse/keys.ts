import { labelKey as key, squash as flat } from "../text/normalize.js";
import { cellValue as value, isValueText as valueText } from "../text/number.js";
import type { CellValue } from "../model/report.js";

/** Texts longer than this (prose) are not remembered: they are seldom looked at twice. */
const LONGEST = 400;
const MAX = 50_000;

/**
 * A pure function of a cell's text, remembered: the section finder, the version detector, the
 * region splitter and each table reader look at the same cells again and again. Bounded, so a
 * file of endless distinct texts cannot grow it without end.
 */
export function remembered<T>(fn: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    if (s.length > LONGEST) return fn(s);
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
