import { sectionOf } from "../meta/sections.js";
import { remembered, squash } from "../keys.js";
import type { PageBlock } from "./blocks.js";

/** Labels only the standard tables print, by table (template.md, 表二、表三、表四). */
const TABLE_WORDS: readonly (readonly [string, string[]])[] = [
  ["t2", ["第二十条", "行政许可", "行政处罚", "行政强制", "行政事业性收费"]],
  ["t3", ["申请人情况", "自然人", "本年新收", "法人或其他组织"]],
  ["t4", ["行政复议", "行政诉讼", "结果维持", "复议后起诉"]],
];

/** 一、 … 六、, 1、 1. or 第一部分: how reports number their six sections (template.md). */
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]|第[一二三四五六]部分)/u;

const HAN = /\p{Script=Han}/u;
/** Enough of a paragraph's start to hold its numbering. */
const HEAD = 24;

/** A text's signals: SECTION_HEADING, and one bit a table (TABLE_WORDS' order) whose labels it prints. */
export const SECTION_HEADING = 1;
const TABLE_BIT = 2;

/** What a short text of Chinese words shows, remembered: the same labels recur in each table. */
const shortSignals = remembered((text: string): number => {
  const t = squash(text);
  let signals = sectionOf(text) !== null ? SECTION_HEADING : 0;
  TABLE_WORDS.forEach(([, words], i) => {
    if (words.some((w) => t.includes(w))) signals |= TABLE_BIT << i;
  });
  return signals;
});

/**
 * Whether a text has a Chinese character: every one is at U+2E80 or above, so a text of numbers
 * (most cells) is ruled out without the pattern, and one of the common ideographs (U+4E00–U+9FFF,
 * all of Script=Han) is taken without it too.
 */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2e80) continue;
    return (c >= 0x4e00 && c <= 0x9fff) || HAN.test(text);
  }
  return false;
}

/**
 * What a paragraph or a cell of the page shows, in one lookup: a section heading (SECTION_HEADING) and,
 * for a short text, the standard tables whose labels it prints. Text without Chinese (numbers,
 * mostly) shows neither; long text is no label, and is looked at as a heading only.
 */
export function textSignals(text: string): number {
  if (!hasHan(text)) return 0;
  if (text.length > 40) return sectionOf(text) !== null ? SECTION_HEADING : 0;
  return shortSignals(text);
}

/** The table whose labels most of a grid's cells print (each cell's textSignals), if two do. */
export function tableSignal(cells: readonly number[]): string | null {
  const counts = TABLE_WORDS.map(() => 0);
  // The order each table was first met: a tie goes to the first met.
  const order: number[] = [];
  let total = 0;
  for (const signals of cells)
    for (let i = 0; i < counts.length; i++) {
      if (!(signals & (TABLE_BIT << i))) continue;
      if (!counts[i]) order.push(i);
      counts[i]!++;
      total++;
    }
  if (total < 2) return null;
  let best = order[0] as number;
  for (const i of order) if ((counts[i] as number) > (counts[best] as number)) best = i;
  return (TABLE_WORDS[best] as readonly [string, string[]])[0];
}

/** The characters a section's number can start with that are ideographs (一、 … 十、, 第一部分). */
const NUMERALS = new Set([..."一二三四五六七八九十第"].map((c) => c.charCodeAt(0)));

/**
 * Whether a paragraph can start with a section's number: one starting with another ideograph
 * (NFKC leaves ideographs as they are, and one is no white space) cannot.
 */
function mayBeNumbered(text: string): boolean {
  const c = text.charCodeAt(0);
  return !(c >= 0x4e00 && c <= 0x9fff) || NUMERALS.has(c);
}

/**
 * What a block shows of the report: a section heading ("s1"…"s6") or one of its standard
 * tables ("t2"…"t4"); null for anything else.
 */
export function signalOf(b: PageBlock): string | null {
  if (b.kind === "table") return b.signal;
  if (b.kind === "picture") return null;
  if (!mayBeNumbered(b.text)) return null;
  const no = NUMBERED.test(squash(b.text.slice(0, HEAD))) ? sectionOf(b.text) : null;
  return no === null ? null : `s${no}`;
}
