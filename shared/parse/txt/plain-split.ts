import { sectionOf } from "../meta/sections.js";
import { BARE_VALUE } from "./bare-value.js";
import type { TextLine } from "./text-lines.js";
import { T4_COLUMNS, T4_GROUPS } from "../../templates/table4.js";

/** How many lines of one number make a text one of lone values (tables 二–四 print ~100 cells). */
const MIN_LONE = 20;
/** Where the tables end: the section after table 四. */
const AFTER_TABLES = 5;

/** A number standing for a cell (not a label's number: `3.`, `1、`). */
const isValue = (t: string) => BARE_VALUE.test(t) && !/[.．、]$/.test(t);

/**
 * Whether the text prints most of its numbers on lines of their own: plain pdftotext of a PDF
 * whose every cell is a text block of its own (a web page printed by a browser), where a row's
 * neighbouring cells may share a line (`535 6`). A PDF's -layout text aligns its columns with
 * runs of spaces and -raw prints a row's numbers on one line: neither has more lone numbers than
 * lines of several.
 */
export function isLoneValueText(lines: readonly TextLine[]): boolean {
  let lone = 0;
  let several = 0;
  for (const l of lines) {
    const t = l.text.trim();
    if (/\S {2,}\S/.test(t)) return false;
    if (BARE_VALUE.test(t)) lone++;
    else if (/\d\s+[-+]?\d/.test(t)) several++;
  }
  return lone >= MIN_LONE && lone > several;
}

/** A label's number printed as a text block of its own (`3.`), apart from the label's words. */
const LABEL_NUMBER = /^(?:[\d０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、]$/u;

/**
 * The table lines (after section 二's heading, before section 五's) that print numbers beside
 * others, a number or a label, one space apart (neighbouring cells poppler put on one line):
 * each number a line of its own, the words between numbers one line. A label's number on a line
 * of its own is left out: it is no cell's value, and which label it numbers is not certain.
 * Other lines as they are.
 */
export function splitValueLines(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  let inTables = false;
  for (const line of lines) {
    const s = sectionOf(line.text.trim());
    if (s !== null) inTables = s >= 2 && s < AFTER_TABLES;
    if (inTables && LABEL_NUMBER.test(line.text.trim())) continue;
    const tokens = [...line.text.matchAll(/\S+/gu)];
    if (!inTables || s !== null || tokens.length < 2 || !tokens.some((m) => isValue(m[0]))) {
      out.push(line);
      continue;
    }
    let words: { from: number; to: number } | null = null;
    const flushWords = () => {
      if (words)
        out.push({
          text: line.text.slice(words.from, words.to),
          start: line.start + words.from,
        });
      words = null;
    };
    for (const m of tokens) {
      const from = m.index ?? 0;
      const to = from + m[0].length;
      if (isValue(m[0])) {
        flushWords();
        out.push({ text: m[0], start: line.start + from });
      } else if (words) words.to = to;
      else words = { from, to };
    }
    flushWords();
  }
  return out;
}

/**
 * Whether table 四's section prints more values than table 四 has cells: the rest are an earlier
 * table's, printed after the heading (a browser's print puts a table's last rows where poppler
 * reads them after the next heading). Rows of table 三 that print nothing in its own lines may
 * then print their values there: they are not blank.
 */
export function spillsIntoTable4(lines: readonly TextLine[]): boolean {
  const from = lines.findIndex((l) => sectionOf(l.text.trim()) === 4);
  if (from < 0) return false;
  let values = 0;
  for (let i = from + 1; i < lines.length; i++) {
    const t = (lines[i] as TextLine).text.trim();
    const s = sectionOf(t);
    if (s !== null && s > 4) break;
    if (BARE_VALUE.test(t)) values++;
  }
  return values > T4_GROUPS.length * T4_COLUMNS.length;
}
