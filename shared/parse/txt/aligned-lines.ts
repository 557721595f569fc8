import { sectionOf } from "../meta/sections.js";
import type { TextLine } from "./text-lines.js";
import { isProse, pieces, spacedLine, type Piece } from "./spaced.js";
import type { AlignedLine, Kind } from "./aligned-line.js";
import { isPageNumber } from "./furniture.js";
import { splitHeaders } from "./header-split.js";
import { dropRepeatedHeads } from "./repeated-heads.js";
import { joinSpreadHeads } from "./spread-heads.js";

/** How far before its first value line a table's header text may start (in ranks). */
const HEAD = 40;
/** How far after a value line a wrapped label may run on. */
const TAIL = 2;
/** A heading or a line of prose keeps label text apart on either side of it. */
const BOUNDARY_RANKS = 4;

/** Lines that stand next to a page break (form feed): a bare number there is a page number. */
function besideBreaks(lines: readonly TextLine[], breaks: readonly number[]): Set<number> {
  const near = new Set<number>();
  const at = new Set(breaks);
  lines.forEach((l, i) => {
    if (!at.has(l.start + l.text.length)) return;
    for (let j = i; j >= 0; j--)
      if ((lines[j] as TextLine).text.trim()) {
        near.add(j);
        break;
      }
    for (let j = i + 1; j < lines.length; j++)
      if ((lines[j] as TextLine).text.trim()) {
        near.add(j);
        break;
      }
  });
  return near;
}

function kindOf(l: TextLine, nearBreak: boolean): [Kind, Piece[], Piece[]] {
  const t = l.text.trim();
  if (!t) return ["blank", [], []];
  if (isPageNumber(t, nearBreak)) return ["page", [], []];
  // A heading is short (sectionOf reads at most 34 characters).
  if (t.length <= 48 && sectionOf(t)) return ["heading", [], []];
  const s = spacedLine(l.text);
  if (s.values.length) return ["values", s.labels, s.values];
  return [isProse(l.text) ? "prose" : "text", pieces(l.text), []];
}

/** Marks which lines belong to tables: value lines and the label text around them. */
function markTables(lines: AlignedLine[]) {
  const isBoundary = (l: AlignedLine) => l.kind === "heading" || l.kind === "prose";
  const prev: (number | null)[] = [];
  let last: number | null = null;
  for (const l of lines) {
    if (isBoundary(l)) last = null;
    prev.push(last);
    if (l.kind === "values") last = l.rank;
  }
  let next: number | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i] as AlignedLine;
    if (isBoundary(l)) next = null;
    const before = prev[i] ?? null;
    const near = (x: number | null, d: number) => x !== null && Math.abs(x - l.rank) <= d;
    if (l.kind === "values") {
      // A lone line ending in one number, far from any other, is a sentence, not a table row.
      l.table = l.values.length > 1 || near(before, HEAD) || near(next, HEAD);
      if (!l.table) l.kind = "prose";
      else next = l.rank;
    } else if (l.kind === "text")
      l.table = (before !== null && next !== null) || near(next, HEAD) || near(before, TAIL);
  }
}

/** Classifies the lines of a space-aligned text (pdftotext -layout and the like). */
export function alignedLines(lines: readonly TextLine[], breaks: readonly number[]): AlignedLine[] {
  const near = besideBreaks(lines, breaks);
  const out = lines.map((l, i): AlignedLine => {
    const [kind, labels, values] = kindOf(l, near.has(i));
    return { ...l, kind, rank: 0, labels, values, table: false };
  });
  dropRepeatedHeads(out);
  let rank = 0;
  let blanks = 0;
  for (const l of out) {
    if (l.kind === "blank") blanks++;
    else if (l.kind !== "page") {
      // Two blank lines are a gap no wrapped label crosses.
      rank += l.kind === "heading" || l.kind === "prose" || blanks >= 2 ? BOUNDARY_RANKS : 1;
      blanks = 0;
    }
    l.rank = rank;
  }
  markTables(out);
  splitHeaders(out);
  joinSpreadHeads(out);
  return out;
}
