import type { SourceCell, SourceRow } from "../source.js";
import { sectionOf } from "../meta/sections.js";
import { cellAt, type TextLine } from "./text-lines.js";
import { NUMBERED, pieces } from "./spaced.js";
import { isPageNumber } from "./furniture.js";
import { BARE_VALUE } from "./bare-value.js";
import { table4Lines } from "./column-runs.js";
import { pageBefore, plainTable4Rows } from "./plain-table4.js";
import { lateLabels } from "./late-labels.js";
import { rejoinSplitRows } from "./split-rows.js";
import { plainTable3Rows } from "./plain-table3.js";
import { plainTable2Rows } from "./plain-table2.js";
import { endsInRow, sectionLines } from "./plain-blocks.js";
import { table2Tail } from "./plain-tail2.js";
import { repeatedHeads, type HeadKind } from "./repeated-heads.js";
import { isBlankCell, isPageCopy } from "./page-copy.js";
import { isLoneValueText, spillsIntoTable4, splitValueLines } from "./plain-split.js";
import { tabRow } from "./marked.js";

export { BARE_VALUE };

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
  // A portal's catalogue fields (索引号\t发布机构 …) before the report are no table of its.
  // (A line of tabs is a table's row, a page's menu: no heading, whatever its first cell says.)
  const body = lines.findIndex((l) => !l.text.includes("\t") && sectionOf(l.text.trim()) !== null);
  const marked = (l: TextLine) => l.text.includes("\t") || /^\s*\|.*\|\s*$/.test(l.text);
  if (lines.slice(Math.max(0, body)).some(marked)) return false;
  return lines.filter((l) => BARE_VALUE.test(l.text.trim())).length >= MIN_VALUES;
}

/**
 * Whether empty lines part the cells (a PDF's plain text: every cell a paragraph of its own)
 * rather than stand for blank cells: most values are followed by an empty line.
 */
function emptyLinesPart(lines: readonly TextLine[]): boolean {
  let values = 0;
  let parted = 0;
  let runs = 0;
  let blocks = 0;
  const isValue = (i: number) => BARE_VALUE.test(lines[i]?.text.trim() ?? "");
  lines.forEach((l, i) => {
    if (!isValue(i)) return;
    values++;
    if (!lines[i + 1]?.text.trim()) parted++;
    if (isValue(i - 1)) return;
    // A run of values on lines of their own, an empty line before and after: a block of
    // poppler's (one column's cells of rows of one line's height), not a row's cells.
    let j = i;
    while (isValue(j + 1)) j++;
    runs++;
    if (!lines[i - 1]?.text.trim() && !lines[j + 1]?.text.trim()) blocks++;
  });
  return parted >= values * 0.7 || blocks >= runs * 0.75;
}

/** For each line, whether the next non-empty line is a value. */
function nextIsValue(lines: readonly TextLine[]): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  let next = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    out[i] = next;
    const t = (lines[i] as TextLine).text.trim();
    if (t) next = BARE_VALUE.test(t);
  }
  return out;
}

function headKind(lines: readonly TextLine[], i: number): HeadKind {
  const t = (lines[i] as TextLine).text.trim();
  if (!t) return "other";
  if (sectionOf(t)) return "heading";
  return BARE_VALUE.test(t) ? "values" : t.length > LABEL_MAX ? "stop" : "text";
}

/** Joins a label line to the label before it: one cell's text wrapped onto the next line. */
function joined(label: SourceCell, cell: SourceCell): SourceCell {
  return { text: label.text + cell.text, span: [label.span[0], cell.span[1]] };
}

/** The label cells of a line: one, or several where a numbered label follows a space. */
function labelsOf(line: TextLine): SourceCell[] {
  return pieces(line.text).map((p) => ({
    text: p.text,
    span: [line.start + p.from, line.start + p.to],
  }));
}

/**
 * Rows of unmarked cell lines: the values (and empty lines: blank cells) after a label line are
 * that label's row; a label line with no values after it (a header, a group label such as
 * 三、本年度办理结果) is a row of its own. Prose (long lines) and section headings are one-cell rows.
 * A numbered label still waiting for its values runs on into the next label line (a label
 * wrapped in its cell); where empty lines part the cells, every line of a paragraph does.
 * `marked`: which lines are cells (closed by a pipe); the other lines are prose and headings.
 */
export function unmarkedRows(
  text: string,
  printed: readonly TextLine[],
  marked?: readonly boolean[],
  pageBreaks: readonly number[] = [],
  unread?: Set<2 | 3 | 4>,
): SourceRow[] {
  let lines = printed;
  // Form feeds: a PDF's text (pdftotext ends each page so), where empty lines never stand for
  // blank cells; a word processor's text has none.
  const parted = !marked && (pageBreaks.length > 0 || emptyLinesPart(lines));
  // A browser's copy of a page prints its tables row by row, blank cells marked (page-copy.ts).
  const copy = parted && isPageCopy(lines, pageBreaks);
  const poppler = parted && !copy;
  if (poppler && isLoneValueText(lines)) lines = splitValueLines(lines);
  const rows: SourceRow[] = [];
  let previous = "";
  let labels: SourceCell[] = [];
  let values: SourceCell[] = [];
  const prose = (c: SourceCell) => rows.push({ cells: [c], span: c.span, tabular: false });
  const flush = () => {
    const first = labels[0];
    // A browser's copy leaves out the blank cells it does not mark: a row printing figures is
    // placed only where it prints a slot for every column; one printing none is blank.
    if (copy && values.some((v) => v.text !== "")) for (const v of values) v.loose = true;
    if (first) {
      const last = values[values.length - 1] ?? labels[labels.length - 1] ?? first;
      rows.push({
        cells: [...labels, ...values],
        span: [first.span[0], last.span[1]],
        tabular: true,
      });
    }
    labels = [];
    values = [];
  };
  const valueNext = nextIsValue(lines);
  // A table's head repeated over a page break (a viewer's copy of a Word or WPS PDF).
  const repeated = parted ? new Set<number>() : repeatedHeads(lines, (i) => headKind(lines, i));
  let tailing = false;
  // Before the first section heading (the title, the preamble) lines are not table cells.
  let inBody = false;
  // Plain pdftotext prints table 四 column by column: its lines are read as runs of columns.
  const t4 = poppler ? table4Lines(lines, pageBreaks) : null;
  const t4On = new Set(t4);
  // And tables 二 and 三 in blocks: a column's values of several rows may come as one block.
  const two = poppler ? sectionLines(lines, 2) : null;
  const three = poppler ? sectionLines(lines, 3) : null;
  // Table 二's last values printed after table 三's heading are table 二's.
  const tail = two && three ? table2Tail(lines, two, three) : 0;
  const blocked = [
    {
      table: 2 as const,
      at: two && [...two, ...(three ?? []).slice(0, tail)],
      read: plainTable2Rows,
    },
    {
      table: 3 as const,
      at: three && three.slice(tail),
      read: (t: string, at: readonly TextLine[], breaks: readonly number[]) =>
        plainTable3Rows(t, at, breaks, spillsIntoTable4(lines)),
    },
  ];
  // A table whose lines hold values none of which could be placed: found, its cells unknown.
  const noneRead = (table: 2 | 3 | 4, at: number[], read: SourceRow[]) => {
    const values = (cells: readonly { text: string }[]) =>
      cells.some((c) => BARE_VALUE.test(c.text.trim()));
    if (values(at.map((j) => lines[j] as TextLine)) && !read.some((r) => values(r.cells.slice(1))))
      unread?.add(table);
  };
  const blockedOn = new Set(blocked.flatMap((b) => b.at ?? []));
  lines.forEach((line, i) => {
    for (const b of blocked)
      if (b.at && i === b.at[0]) {
        flush();
        const read = b.read(
          text,
          b.at.map((j) => lines[j] as TextLine),
          pageBreaks,
        );
        noneRead(b.table, b.at, read);
        rows.push(...read);
      }
    if (blockedOn.has(i) || repeated.has(i)) return;
    if (t4 && i === t4[0]) {
      flush();
      const read = plainTable4Rows(
        text,
        t4.map((j) => lines[j] as TextLine),
        pageBefore(lines, i - 1),
      );
      noneRead(4, t4, read);
      rows.push(...read);
    }
    // The next section's heading, printed among table 四's blocks, stays a heading.
    if (t4On.has(i) && sectionOf(line.text.trim()) === null) return;
    const t = line.text.trim();
    if (t.includes("\t")) {
      // Before the report, a table of the page's own (a menu): a row of its cells.
      flush();
      rows.push(tabRow(text, line));
      previous = t;
      return;
    }
    inBody ||= sectionOf(t) !== null;
    const after = previous;
    previous = t;
    const wasTailing = tailing;
    tailing = false;
    if (!t) {
      // A blank cell of the row being read; between paragraphs, nothing.
      const blank = marked ? marked[i] : copy ? isBlankCell(lines, i) : !parted;
      if (labels.length && blank) values.push({ text: "", span: [line.start, line.start] });
      return;
    }
    const cell = cellAt(text, line.start, line.start + line.text.length);
    if (BARE_VALUE.test(t)) {
      if (labels.length) values.push(cell);
      else prose(cell);
      return;
    }
    const short =
      t.length <= LABEL_MAX && !sectionOf(t) && !DATE.test(t) && (!marked || marked[i] === true);
    const label = labels[labels.length - 1];
    // One character alone is never a label: the end of one wrapped, or a label printed down.
    const numbered = NUMBERED.test(label?.text ?? "");
    const wrapped =
      !NUMBERED.test(t) && (parted && inBody ? after !== "" : numbered || t.length === 1);
    if (label && short && !values.length && wrapped) {
      labels[labels.length - 1] = joined(label, cell);
      return;
    }
    // A PDF's text in content order may print a label's last line after its values: a line that
    // no values follow, after a numbered label's values; a short one ends the merged group
    // label before it (（五）不予 … 处理).
    const tail =
      !parted && numbered && !NUMBERED.test(t) && !valueNext[i] && !isPageNumber(t, false);
    // A short tail ends the group's label, unless it ends the row's own into its template label.
    const completes = (c: SourceCell | undefined) =>
      !!c && !endsInRow(c.text) && endsInRow(c.text + t);
    const at = labels.length > 1 && t.length <= 4 && !completes(label) ? 0 : labels.length - 1;
    // No wider than the label it ends (a page's running title is not).
    const fits = t.length <= (labels[at]?.text.length ?? 0) + 1;
    const whole = t.length > 1 || wasTailing || completes(labels[at]);
    if (label && short && values.length && tail && fits && whole) {
      labels[at] = joined(labels[at] as SourceCell, cell);
      tailing = true;
      return;
    }
    flush();
    if (short) labels = labelsOf(line);
    else prose(cell);
  });
  flush();
  return rejoinSplitRows(poppler ? lateLabels(rows) : rows);
}
