import { isValueText, parseNumber } from "../text/number.js";

/** What one recognition pass read in a cell. */
export interface Reading {
  text: string;
  confidence: number;
}

export interface CellReading extends Reading {
  numeric: boolean;
}

/** A value as the digits-only pass prints it: digits, an optional sign, decimals or percent. */
const NUMBER = /^[+-]?\d+(?:\.\d+)?%?$/;
const HAN = /\p{Script=Han}/gu;

/** The recogniser's spacing removed: no space next to a Chinese character or punctuation. */
export function tidy(text: string): string {
  const wide = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’、";
  return text
    .replace(new RegExp(`(?<=[${wide}])[ \\t]+|[ \\t]+(?=[${wide}])`, "gu"), "")
    .replace(/[ \t]+/g, " ")
    .trim();
}

/** Whether the digits-only pass read a number worth checking against the general model. */
export function looksNumeric(d: Reading): boolean {
  return NUMBER.test(d.text.replace(/\s+/g, "")) && d.confidence >= 60;
}

/**
 * A number the digits pass read unsurely where the Chinese model saw only a stray mark (1 → 】):
 * the number is kept, to be checked. A placeholder (/ — 无) or any Chinese stays text.
 */
export function mistaken(d: Reading, general: Reading): boolean {
  const g = tidy(general.text);
  return (
    NUMBER.test(d.text.replace(/\s+/g, "")) &&
    g.length <= 2 &&
    !/\p{Script=Han}/u.test(g) &&
    !/[A-Za-z]/.test(g) &&
    !isValueText(g)
  );
}

/**
 * One cell from its two readings: `digits` (digits-only) and `general` (the Chinese model).
 * Both agreeing on the number is the surest reading; a lone digit the Chinese model took for a
 * character (5 → 号) keeps the digits reading, a little less sure; any other disagreement keeps
 * the digits reading with a confidence low enough to be checked by the inspector.
 */
export function combine(digits: Reading, general: Reading | null): CellReading {
  const d = digits.text.replace(/\s+/g, "");
  if (!general) return { text: d, confidence: digits.confidence, numeric: true };
  const g = tidy(general.text);
  const gn = parseNumber(g);
  if (gn !== null && gn === parseNumber(d)) {
    const text = /^[+-]?[\d.]+%?$/.test(g.normalize("NFKC")) ? d : g;
    return { text, confidence: Math.max(digits.confidence, general.confidence), numeric: true };
  }
  const han = g.match(HAN)?.length ?? 0;
  if (han >= 2 && digits.confidence < 90) return { text: g, ...conf(general), numeric: false };
  const glyph = gn === null && han <= 1 && g.replace(/\s/g, "").length <= d.length + 1;
  if (glyph && digits.confidence >= 90)
    return { text: d, confidence: digits.confidence - 10, numeric: true };
  return {
    text: d,
    confidence: Math.min(digits.confidence, general.confidence, 60),
    numeric: true,
  };
}

function conf(r: Reading): { confidence: number } {
  return { confidence: r.confidence };
}
