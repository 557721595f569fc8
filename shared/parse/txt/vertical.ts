import type { SourceCell, SourceRow } from "../source.js";
import { sectionOf } from "../meta/sections.js";
import { cellAt, type TextLine } from "./text-lines.js";

/** A cell that is one number, as a table cell printed alone on its line. */
export const BARE_VALUE = /^[+\-＋－]?[\d０-９][\d０-９,，.．]*\s*(?:万元|件|项|个|%|％)?$/;
/** How many lines of one number make a document one of unmarked cell lines. */
const MIN_VALUES = 20;
/** The closing date (落款): a line of its own, never a label whose row takes the next numbers. */
const DATE = /^[\d〇○零一二三四五六七八九十]{4}\s*年.{1,3}月.{1,3}日$/;
/** A table cell's text fits one short line; a paragraph of prose is longer. */
const LABEL_MAX = 48;

/**
 * Whether the text prints its tables one cell per line with nothing marking cells or rows (a
 * word processor's "save as text": no tabs, no pipes), its blank cells as empty lines.
 */
export function isUnmarkedCells(lines: readonly TextLine[]): boolean {
  if (lines.some((l) => l.text.includes("\t") || /^\s*\|.*\|\s*$/.test(l.text))) return false;
  return lines.filter((l) => BARE_VALUE.test(l.text.trim())).length >= MIN_VALUES;
}

/**
 * Rows of unmarked cell lines: the values (and empty lines: blank cells) after a label line are
 * that label's row; a label line with no values after it (a header, a group label such as
 * 三、本年度办理结果) is a row of its own. Prose (long lines) and section headings are one-cell rows.
 */
export function unmarkedRows(text: string, lines: readonly TextLine[]): SourceRow[] {
  const rows: SourceRow[] = [];
  let label: SourceCell | null = null;
  let values: SourceCell[] = [];
  const prose = (c: SourceCell) => rows.push({ cells: [c], span: c.span, tabular: false });
  const flush = () => {
    if (label) {
      const last = values[values.length - 1] ?? label;
      rows.push({ cells: [label, ...values], span: [label.span[0], last.span[1]], tabular: true });
    }
    label = null;
    values = [];
  };
  for (const line of lines) {
    const t = line.text.trim();
    if (!t) {
      // A blank cell of the row being read; between paragraphs, nothing.
      if (label) values.push({ text: "", span: [line.start, line.start] });
      continue;
    }
    const cell = cellAt(text, line.start, line.start + line.text.length);
    if (BARE_VALUE.test(t)) {
      if (label) values.push(cell);
      else prose(cell);
      continue;
    }
    flush();
    if (t.length <= LABEL_MAX && !sectionOf(t) && !DATE.test(t)) label = cell;
    else prose(cell);
  }
  flush();
  return rows;
}
