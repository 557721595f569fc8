import type { TextLine } from "./text-lines.js";

/** How many blank-cell marks make a text a browser's copy (a stray one may be a typo). */
const MIN_MARKS = 3;

/**
 * Whether the text is a browser's copy of a web page whose table cells hold paragraphs (a
 * portal's article pasted from Word): every cell a paragraph of its own, an empty line between
 * cells, and a blank cell printed as one more empty line (`<td></td>`) or as a line of spaces
 * (`<td><p>&nbsp;</p></td>`). A PDF's plain text parts its cells the same way but never prints
 * either mark, and ends its pages with form feeds.
 */
export function isPageCopy(lines: readonly TextLine[], pageBreaks: readonly number[]): boolean {
  if (pageBreaks.length) return false;
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
