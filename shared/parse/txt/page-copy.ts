import type { TextLine } from "./text-lines.js";
import { sectionOf } from "../meta/sections.js";

/** How many blank-cell marks make a text a browser's copy (a stray one may be a typo). */
const MIN_MARKS = 3;
/** A line of prose: longer than a table cell's text. */
const PROSE = 20;
/** How many prose lines show how the text keeps its paragraphs. */
const MIN_PROSE = 3;

/**
 * Whether the report's paragraphs of prose each stand on a line of their own, an empty line
 * before the next (a browser's copy of <p> elements). A PDF's plain text wraps a paragraph at
 * the page's width onto lines that follow each other: most of its prose lines are followed so.
 * The page's own lines before the report (its header, a breadcrumb) are not looked at.
 */
export function unwrapped(lines: readonly TextLine[]): boolean {
  let prose = 0;
  let followed = 0;
  const body = lines.findIndex((l) => sectionOf(l.text.trim()) !== null);
  // A table's rows of tab-parted cells (a copy of cells holding no paragraphs) are no prose.
  const isProse = (t: string) => t.length >= PROSE && !t.includes("\t");
  for (let i = Math.max(body, 0); i < lines.length; i++) {
    if (!isProse((lines[i] as TextLine).text.trim())) continue;
    prose++;
    const next = lines[i + 1]?.text.trim() ?? "";
    if (next !== "" && !next.includes("\t")) followed++;
  }
  return prose >= MIN_PROSE && followed * 3 <= prose;
}

/**
 * Whether the text is a browser's copy of a web page whose table cells hold paragraphs (a
 * portal's article pasted from Word): every cell a paragraph of its own, an empty line between
 * cells, a blank cell printed as a line of spaces (`<td><p>&nbsp;</p></td>`), as one more empty
 * line, or not at all (`<td></td>`, as Chrome copies it), and each paragraph of prose on a
 * line of its own. A PDF's plain text parts its cells the same way but never marks a blank
 * cell, wraps its prose at the page's width and ends its pages with form feeds.
 */
export function isPageCopy(lines: readonly TextLine[], pageBreaks: readonly number[]): boolean {
  if (pageBreaks.length) return false;
  if (unwrapped(lines)) return true;
  let marks = 0;
  for (let i = 1; i < lines.length - 1; i++) {
    const t = (lines[i] as TextLine).text;
    const before = (lines[i - 1] as TextLine).text;
    if (t !== "" && t.trim() === "") marks++;
    else if (t === "" && before === "" && (lines[i - 2]?.text.trim() ?? "") !== "") marks++;
    if (marks >= MIN_MARKS) return true;
  }
  return false;
}

/** In a page's copy, whether line `i` stands for a blank cell (not the empty line between cells). */
export function isBlankCell(lines: readonly TextLine[], i: number): boolean {
  const t = (lines[i] as TextLine).text;
  return t !== "" ? t.trim() === "" : i > 0 && (lines[i - 1] as TextLine).text === "";
}
