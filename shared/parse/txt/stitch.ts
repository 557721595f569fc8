import { isValueText } from "../../text/number.js";
import type { TextLine } from "./text-lines.js";
import { sectionOf } from "../meta/sections.js";
import { spacedLine } from "./spaced.js";

/** How many lines one table row may be broken into by cells of several paragraphs. */
const MAX_PARTS = 6;

const cellsOf = (s: string) => s.split("\t");

function span(text: string, lines: readonly TextLine[], from: number, to: number): TextLine {
  const first = lines[from] as TextLine;
  const last = lines[to] as TextLine;
  return { start: first.start, text: text.slice(first.start, last.start + last.text.length) };
}

/** A markdown row (`| a | b |`) whose cell holds a line break: the lines up to its closing pipe. */
function pipeEnd(lines: readonly TextLine[], i: number): number {
  const t = (lines[i] as TextLine).text.trim();
  if (!t.startsWith("|") || t.endsWith("|") || t.length < 2) return i;
  for (let j = i + 1; j < lines.length && j <= i + MAX_PARTS; j++) {
    const u = (lines[j] as TextLine).text.trim();
    if (!u || u.startsWith("|")) return i;
    if (u.endsWith("|")) return j;
    // Between the parts only more of the same cell: another pipe means rows without edge pipes.
    if (u.includes("|")) return i;
  }
  return i;
}

/**
 * A tab row broken where a cell has several paragraphs: a row with no values that ends in a
 * label, text lines, and a row that starts with the rest of that label; taken as one row when
 * together they have as many cells as the row before or after (a header followed by the first
 * row never adds up so).
 */
function tabEnd(lines: readonly TextLine[], i: number): number {
  const a = (lines[i] as TextLine).text;
  const cells = cellsOf(a);
  const last = (cells[cells.length - 1] ?? "").trim();
  if (cells.length < 2 || !last || cells.some((c) => c.trim() && isValueText(c))) return i;
  for (let j = i + 1; j < lines.length && j <= i + MAX_PARTS; j++) {
    const b = (lines[j] as TextLine).text;
    if (!b.trim()) return i;
    if (!b.includes("\t")) {
      // Between the two parts only more of the same cell: short, no heading, no numbers.
      if (b.trim().length > 24 || sectionOf(b) || spacedLine(b).values.length) return i;
      continue;
    }
    const total = cells.length + cellsOf(b).length - 1;
    const around = [lines[i - 1], lines[j + 1]].map((l) =>
      l?.text.includes("\t") ? cellsOf(l.text).length : -1,
    );
    return around.includes(total) && (cellsOf(b)[0] ?? "").trim() !== "" ? j : i;
  }
  return i;
}

/** Lines with table rows broken by cells of several paragraphs put back together. */
export function stitchRows(text: string, lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as TextLine;
    const end = l.text.includes("\t") ? tabEnd(lines, i) : pipeEnd(lines, i);
    out.push(end === i ? l : span(text, lines, i, end));
    i = end;
  }
  return out;
}
