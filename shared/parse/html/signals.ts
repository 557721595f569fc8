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

const NO_KINDS: readonly string[] = [];

/** The tables whose labels a cell's text shows, remembered: the same labels recur in each table. */
const labelKinds = remembered((text: string): readonly string[] => {
  const t = squash(text);
  const kinds = TABLE_WORDS.filter(([, words]) => words.some((w) => t.includes(w)));
  return kinds.length ? kinds.map(([kind]) => kind) : NO_KINDS;
});

/**
 * Whether a text has a Chinese character: every one is at U+2E80 or above, so a text of numbers
 * (most cells) is ruled out without the pattern.
 */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x2e80) return HAN.test(text);
  return false;
}

/** Long text and text without Chinese (numbers, mostly) is no label: ruled out before the memo. */
function cellKinds(text: string): readonly string[] {
  return text.length > 40 || !hasHan(text) ? NO_KINDS : labelKinds(text);
}

function tableKind(b: PageBlock): string | null {
  if (b.kind !== "table") return null;
  const hits = new Map<string, number>();
  let total = 0;
  for (const row of b.rows)
    for (const c of row)
      for (const kind of cellKinds(c.text)) {
        hits.set(kind, (hits.get(kind) ?? 0) + 1);
        total++;
      }
  if (total < 2) return null;
  return [...hits].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
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
  if (b.kind === "table") return tableKind(b);
  if (!mayBeNumbered(b.text)) return null;
  const no = NUMBERED.test(squash(b.text.slice(0, HEAD))) ? sectionOf(b.text) : null;
  return no === null ? null : `s${no}`;
}
