/**
 * A Word 97–2003 (or WPS 文字) file's main text as the adapter reads it: the characters of the
 * document with Word's own marks, and where its tables' rows end ([MS-DOC] 2.4.3).
 *
 * Marks in `text`: "\r" ends a paragraph, "\u0007" ends a table cell (and, at a row end, the
 * row), "\u000b" is a line break, "\u000c" a page or section break, "\u0013" "\u0014" "\u0015"
 * open, separate and close a field (its code, then its shown result), "\u0000" marks deleted text.
 */
export interface WordBody {
  text: string;
  /** The row-end marks of the tables, in order, with the row's cells as Word laid them out. */
  rows: WordRow[];
  /** Offsets in `text` of paragraph marks ("\r") that stand inside a table cell. */
  cellParagraphs: number[];
}

export interface WordRow {
  /** Offset in `text` of the row's end mark. */
  at: number;
  /** Cell edges in twips, one more than the row has cells (empty when Word did not say). */
  edges: number[];
  /** Per cell: 0 on its own, 3 the first of cells merged down, 1 merged into the cell above. */
  vmerge: number[];
  /** Per cell (Word 97 merging): 0 on its own, 1 the first of merged cells, 2 or 3 merged into it. */
  hmerge: number[];
}
