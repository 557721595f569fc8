import type { SourceCell, SourceRow } from "../source.js";
import { cellAt, type TextLine } from "./text-lines.js";
import { spacedLine } from "./spaced.js";
import { sectionOf } from "../meta/sections.js";

function splitBy(text: string, line: TextLine, sep: string): SourceCell[] {
  const cells: SourceCell[] = [];
  let from = line.start;
  const end = line.start + line.text.length;
  for (;;) {
    const at = text.indexOf(sep, from);
    if (at < 0 || at >= end) {
      cells.push(cellAt(text, from, end));
      return cells;
    }
    cells.push(cellAt(text, from, at));
    from = at + 1;
  }
}

/** A line of tab-parted cells as a table row. */
export function tabRow(text: string, line: TextLine): SourceRow {
  const span: [number, number] = [line.start, line.start + line.text.length];
  return { cells: splitBy(text, line, "\t"), span, tabular: true };
}

/** A markdown table's rule line (`|---|:--:|`). */
export const PIPE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function pipeRow(text: string, line: TextLine): SourceCell[] {
  const cells = splitBy(text, line, "|");
  if (line.text.trim().startsWith("|")) cells.shift();
  if (cells.length > 1 && cells[cells.length - 1]?.text === "") cells.pop();
  return cells;
}

/** A pipe row: edged (`| a | b |`, `a | b |`) or bare (`a | b`, two cells at least). */
function isPipeRow(s: string): boolean {
  if (!s.includes("|")) return false;
  return /\|\s*$|^\s*\|/.test(s) || s.split("|").filter((c) => c.trim()).length >= 2;
}

/** `cell |`: one cell a line, closed by a pipe (a web table exported one cell a line). */
export const PIPE_CELL = /^[^|]*\|\s*$/;

/**
 * The lines of a text printing one cell a line, each closed by a pipe, as cell lines: the text
 * before the pipe (an empty cell where the line is a pipe alone), with the lines of a cell of
 * several paragraphs before it; null when the text is not so.
 */
export function pipeCells(
  text: string,
  lines: readonly TextLine[],
): { lines: TextLine[]; cells: boolean[] } | null {
  let closed = 0;
  for (const l of lines) {
    if (PIPE_CELL.test(l.text)) closed++;
    else if (l.text.includes("|") && !PIPE_RULE.test(l.text)) return null;
  }
  if (closed < 20) return null;
  const out: TextLine[] = [];
  const cells: boolean[] = [];
  let open = -1;
  lines.forEach((l, i) => {
    const t = l.text.trim();
    if (!PIPE_CELL.test(l.text)) {
      // A cell's first paragraphs: short lines right before its closing line.
      const part = t && t.length <= 24 && !sectionOf(t);
      open = part ? (open < 0 ? i : open) : -1;
      out.push(l);
      cells.push(false);
      return;
    }
    const from = open >= 0 ? (lines[open] as TextLine).start : l.start;
    // The paragraphs joined to the cell leave empty lines behind.
    for (let j = Math.max(open, 0); open >= 0 && j < i; j++)
      out[j] = { start: (lines[j] as TextLine).start, text: "" };
    open = -1;
    out.push({ start: from, text: text.slice(from, l.start + l.text.lastIndexOf("|")) });
    cells.push(true);
  });
  return { lines: out, cells };
}

/**
 * A line as a row: pipe rows (`| a | b |`, `a | b`), tab rows, a label and its numbers a space
 * apart (`行政许可 97`, only in the body: a title may end in its year); null for prose.
 */
export function markedRow(text: string, line: TextLine, body: boolean): SourceRow | null {
  const s = line.text;
  const span: [number, number] = [line.start, line.start + s.length];
  if (isPipeRow(s)) return { cells: pipeRow(text, line), span, tabular: true };
  if (s.includes("\t")) return tabRow(text, line);
  if (!body) return null;
  const spaced = spacedLine(s);
  if (!spaced.values.length) return null;
  const cells = [...spaced.labels, ...spaced.values].map((p) =>
    cellAt(text, line.start + p.from, line.start + p.to),
  );
  return { cells, span, tabular: true };
}
