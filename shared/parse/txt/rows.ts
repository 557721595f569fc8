import type { SourceCell, SourceRow } from "../source.js";
import { sectionOf } from "../meta/sections.js";
import { BARE_VALUE, isUnmarkedCells, unmarkedRows } from "./vertical.js";
import { cellAt, splitLines, type TextLine } from "./text-lines.js";
import { alignedRows, isAlignedLayout } from "./aligned.js";
import { markedRow, pipeCells, PIPE_RULE } from "./marked.js";
import { stitchRows } from "./stitch.js";
import { rejoinSplitRows } from "./split-rows.js";
import { isLoneValueText } from "./plain-split.js";
import { isTabLineCopy, tabLineRows } from "./tab-lines.js";
import { unwrapped } from "./page-copy.js";
import { isValueText } from "../keys.js";

/** "\tcell" lines: the layout that prints one table cell per line (tab-led). */
function isTabCell(s: string): boolean {
  return s.startsWith("\t") && s.indexOf("\t", 1) < 0;
}

/** The same layout indented with spaces (a web page's table pasted as text): short lines only. */
const SPACE_CELL = /^(?: {2,}|\u3000+)(?:\S.{0,47})?$/;
/** How many indented one-number lines make a document one of space-led cells (tables 二–四 print ~100). */
const SPACE_CELL_VALUES = 20;

/**
 * Which lines are one cell each: tab-led lines; or, in a document with none of those and many
 * indented lines of one number each, space-led short lines (prose paragraphs are longer).
 */
function cellLineTest(lines: readonly TextLine[]): (s: string) => boolean {
  if (lines.some((l) => isTabCell(l.text))) return isTabCell;
  const values = lines.filter(
    (l) => SPACE_CELL.test(l.text) && BARE_VALUE.test(l.text.trim()),
  ).length;
  if (values < SPACE_CELL_VALUES) return isTabCell;
  return (s) =>
    SPACE_CELL.test(s) && !s.includes("\t") && !/\S {2,}\S/.test(s.trim()) && !sectionOf(s);
}

const HEADING_LIKE = /^\s*(#+\s*)?([一二三四五六七八九十]+、|（[一二三四五六]）|\d[、.．])/;

/**
 * Turns plain text into rows: space-aligned text (a PDF's), one cell a line with nothing or a
 * pipe around it, pipe rows (`| a | b |`, `a | b`), tab-separated rows (put back together where
 * a cell of several paragraphs broke them), blocks of tab-led lines (one cell per line, a blank
 * line between table rows), a label and its numbers a space apart, a page's innerText (cells
 * apart, lines of tabs between them). Prose lines become one-cell rows.
 */
export function textRows(
  text: string,
  pageBreaks: readonly number[] = [],
  unread?: Set<2 | 3 | 4>,
): SourceRow[] {
  const source = splitLines(text);
  if (isTabLineCopy(source)) return tabLineRows(text, source);
  // A browser's print's plain text puts a row's neighbouring cells on one line: not aligned.
  if (isAlignedLayout(source) && !isLoneValueText(source))
    return rejoinSplitRows(alignedRows(text, source, pageBreaks));
  const piped = pipeCells(text, source);
  if (piped) return unmarkedRows(text, piped.lines, piped.cells);
  const lines = stitchRows(text, source);
  const isCellLine = cellLineTest(lines);
  if (isCellLine === isTabCell && isUnmarkedCells(lines))
    return unmarkedRows(text, lines, undefined, pageBreaks, unread);
  const rows: SourceRow[] = [];
  let block: SourceCell[] | null = null;
  let blockStart = 0;
  let blockEnd = 0;
  let body = false;
  const flush = () => {
    if (block && block.length)
      rows.push({ cells: block, span: [blockStart, blockEnd], tabular: true });
    block = null;
  };
  for (const line of lines) {
    const end = line.start + line.text.length;
    const s = line.text;
    if (isCellLine(s)) {
      if (!block) {
        block = [];
        blockStart = line.start;
      }
      block.push(cellAt(text, line.start + (s.startsWith("\t") ? 1 : 0), end));
      blockEnd = end;
      continue;
    }
    if (block) {
      const last = block[block.length - 1];
      const t = s.trim();
      // A cell's text wrapped onto the next line (e.g. 本年新\n制作数量), never a new heading.
      if (last && t && t.length <= 24 && !HEADING_LIKE.test(t) && last.text !== "") {
        const c = cellAt(text, last.span[0], end);
        block[block.length - 1] = c;
        blockEnd = end;
        continue;
      }
      flush();
    }
    if (!s.trim()) continue;
    if (PIPE_RULE.test(s) && s.includes("-") && s.includes("|")) continue;
    body ||= sectionOf(s) !== null;
    rows.push(
      markedRow(text, line, body) ?? {
        cells: [cellAt(text, line.start, end)],
        span: [line.start, end],
        tabular: false,
      },
    );
  }
  flush();
  // A browser's copy opens no line with a tab: it leaves a row's leading blank cells out.
  if (unwrapped(lines) && !lines.some((l) => l.text.startsWith("\t"))) looseTabRows(text, rows);
  return rows;
}

/**
 * A browser's copy prints a table whose cells hold no paragraphs as tab rows, but leaves out a
 * row's leading blank cells: a row opening with no label (the value row of table 四) is placed
 * only where it prints a slot for every column, as is a figure alone on its line (a cell
 * holding a paragraph, its column unknown). A row ending in a tab right above a line holding a
 * figure or a blank cell's mark alone goes on in a cell holding a paragraph, printed on the
 * lines below: its cells are unread. A word processor's copy keeps every cell, and parts its
 * paragraphs by line breaks only.
 */
function looseTabRows(text: string, rows: SourceRow[]): void {
  for (const r of rows) {
    if (!r.tabular) continue;
    const end = r.span[1];
    const next = text.slice(end + 1, text.indexOf("\n", end + 1) >>> 0);
    // A figure, or a blank cell's mark (a line of spaces), alone on the next line.
    const figure = next.trim();
    const alone = next !== "" && !next.includes("\t") && (figure === "" || isValueText(figure));
    const goesOn = text[end - 1] === "\t" && alone;
    const unlabelled = r.cells.every((c) => c.text === "" || isValueText(c.text));
    if (!goesOn && !unlabelled) continue;
    for (const c of r.cells)
      if (c.text === "" || isValueText(c.text)) {
        c.loose = true;
        if (goesOn) c.unsure = true;
      }
  }
}
