import { parseNumber } from "../../text/number.js";

/** A run of text on one line: `from`/`to` are its character columns on that line. */
export interface Piece {
  text: string;
  from: number;
  to: number;
}

/** A line split into its label pieces and the values it ends with. */
export interface SpacedLine {
  labels: Piece[];
  values: Piece[];
}

/** Placeholders printed for "nothing" in a value cell. */
const PLACEHOLDER = /^(?:[/／\\\-－—–_]+|无)$/u;
const UNIT = /^(?:万元|亿元|元|件次|件|项|个|条|次|人次|%|％)$/u;
/** Two spaces (or a full-width space) part two cells; one space can be letter spacing. */
const GAP = /(?: {2,}|\u3000+|\t+)/;
/** A line of running prose: sentence punctuation, which no table label carries. */
const SENTENCE = /[。；;！？]/u;

function isNumber(t: string): boolean {
  return parseNumber(t) !== null;
}

function tokens(s: string): Piece[] {
  const out: Piece[] = [];
  for (const m of s.matchAll(/\S+/gu)) {
    const from = m.index ?? 0;
    out.push({ text: m[0], from, to: from + m[0].length });
  }
  return out;
}

/** A label that starts a cell of its own: 一、 （一） 1. 1、 (spaces allowed: letter spacing). */
export const NUMBERED =
  /^(?:[一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十\d０-９]+\s*[)）]|[\d０-９]{1,2}\s*[、.．](?![\d０-９]))/u;

/** Where one cell ends and the next starts: a gap, or a space before a numbered label. */
const SEPARATOR =
  /(?: {2,}|\u3000+|\t+| (?=[一二三四五六七八九十]+[、.．]\S|[(（][一二三四五六七八九十\d０-９]+[)）]\S|[\d０-９]{1,2}[、.．][^\d０-９\s]))/gu;

/** The pieces of `s` between `from` and `to`: cells parted by gaps or by a numbered label. */
export function pieces(s: string, from = 0, to = s.length): Piece[] {
  const out: Piece[] = [];
  const add = (a: number, b: number) => {
    const part = s.slice(a, b);
    const text = part.trim();
    if (!text) return;
    const lead = part.length - part.trimStart().length;
    out.push({ text, from: a + lead, to: a + lead + text.length });
  };
  const span = s.slice(from, to);
  let at = 0;
  for (const m of span.matchAll(SEPARATOR)) {
    add(from + at, from + (m.index ?? 0));
    at = (m.index ?? 0) + m[0].length;
  }
  add(from + at, to);
  return out;
}

/**
 * The values a line ends with (numbers, a unit after a number, placeholders such as "/"), and
 * the label pieces before them; null values when the line is prose or prints no number.
 */
export function spacedLine(s: string): SpacedLine {
  const toks = tokens(s);
  const values: Piece[] = [];
  let numbers = 0;
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i] as Piece;
    const prev = toks[i - 1];
    if (UNIT.test(t.text) && prev && isNumber(prev.text) && t.from - prev.to <= 1) {
      values.unshift({ text: s.slice(prev.from, t.to), from: prev.from, to: t.to });
      numbers++;
      i--;
    } else if (isNumber(t.text)) {
      values.unshift(t);
      numbers++;
    } else if (PLACEHOLDER.test(t.text)) values.unshift(t);
    else break;
  }
  const first = values[0];
  if (!numbers || !first) return { labels: pieces(s), values: [] };
  const labels = pieces(s, 0, first.from);
  const label = labels.map((p) => p.text).join("");
  const last = labels[labels.length - 1];
  const tight = last !== undefined && first.from - last.to < 2;
  // One number after a label with one space: a sentence ending in a number unless the label is short.
  const prose =
    SENTENCE.test(label) ||
    (tight && values.length === 1 && (/[，,：:]/u.test(label) || label.length > 24));
  return prose ? { labels: pieces(s), values: [] } : { labels, values };
}

/** Whether a line reads as running prose (a sentence, or longer than any table label). */
export function isProse(s: string): boolean {
  const t = s.trim();
  return (
    SENTENCE.test(t) || (!GAP.test(t) && t.replace(/\s/g, "").length > 40) || /[：:]$/u.test(t)
  );
}
