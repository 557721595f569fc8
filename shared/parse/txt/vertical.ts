import type { SourceCell, SourceRow } from "../source.js";
import { sectionOf } from "../meta/sections.js";
import { cellAt, type TextLine } from "./text-lines.js";
import { NUMBERED } from "./spaced.js";

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
 * Whether empty lines part the cells (a PDF's plain text: every cell a paragraph of its own)
 * rather than stand for blank cells: most values are followed by an empty line.
 */
function emptyLinesPart(lines: readonly TextLine[]): boolean {
  let values = 0;
  let parted = 0;
  lines.forEach((l, i) => {
    if (!BARE_VALUE.test(l.text.trim())) return;
    values++;
    if (!lines[i + 1]?.text.trim()) parted++;
  });
  return parted >= values * 0.7;
}

/** Joins a label line to the label before it: one cell's text wrapped onto the next line. */
function joined(text: string, label: SourceCell, cell: SourceCell): SourceCell {
  return { text: label.text + cell.text, span: [label.span[0], cell.span[1]] };
}

/**
 * Rows of unmarked cell lines: the values (and empty lines: blank cells) after a label line are
 * that label's row; a label line with no values after it (a header, a group label such as
 * 三、本年度办理结果) is a row of its own. Prose (long lines) and section headings are one-cell rows.
 * A numbered label still waiting for its values runs on into the next label line (a label
 * wrapped in its cell); where empty lines part the cells, every line of a paragraph does.
 */
export function unmarkedRows(text: string, lines: readonly TextLine[]): SourceRow[] {
  const parted = emptyLinesPart(lines);
  const rows: SourceRow[] = [];
  let previous = "";
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
    const after = previous;
    previous = t;
    if (!t) {
      // A blank cell of the row being read; between paragraphs, nothing.
      if (label && !parted) values.push({ text: "", span: [line.start, line.start] });
      continue;
    }
    const cell = cellAt(text, line.start, line.start + line.text.length);
    if (BARE_VALUE.test(t)) {
      if (label) values.push(cell);
      else prose(cell);
      continue;
    }
    const short = t.length <= LABEL_MAX && !sectionOf(t) && !DATE.test(t);
    const wrapped = !NUMBERED.test(t) && (parted ? after !== "" : NUMBERED.test(label?.text ?? ""));
    if (label && !values.length && short && wrapped) {
      label = joined(text, label, cell);
      continue;
    }
    flush();
    if (short) label = cell;
    else prose(cell);
  }
  flush();
  return rows;
}
