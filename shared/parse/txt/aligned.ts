import type { SourceCell, SourceRow } from "../source.js";
import { cellAt, type TextLine } from "./text-lines.js";
import { spacedLine, type Piece } from "./spaced.js";
import { alignedLines } from "./aligned-lines.js";
import type { AlignedLine } from "./aligned-line.js";
import { labelCells, overlaps, rankSpan, type Fragment, type LabelCell } from "./label-cells.js";
import { placeValues } from "./value-columns.js";
import {
  keepFragmentsLoose,
  squeezed,
  twoLinesOfNumbers,
  type ValueRow,
} from "./aligned-fragments.js";
import { parseNumber } from "../../text/number.js";

/** How many lines ending in two or more numbers make a text one of space-aligned rows. */
const MIN_ROWS = 4;
/** How far (in ranks) a label cell with no numbers of its own may stand from its row's numbers. */
const REACH = 2;
/** How far (in ranks) a label row may stand from rows of numbers above and below to be amid them. */
const AMID = 3;

/**
 * Whether the text prints its tables as rows of numbers aligned with spaces (pdftotext -layout,
 * a PDF viewer's copy, a web table pasted as text): no tabs, no pipe rows, and several lines that
 * end in two or more numbers.
 */
export function isAlignedLayout(lines: readonly TextLine[]): boolean {
  let rows = 0;
  let pipes = 0;
  for (const l of lines) {
    if (l.text.includes("\t") || /^\s*\|.*\|\s*$/.test(l.text)) return false;
    // Pipe rows without edge pipes (a | b): a few pipes may stand in prose, not a table's worth.
    if (/\S\s*\|\s*\S/.test(l.text) && ++pipes > 3) return false;
    if (/\d\s+[-+]?\d/.test(l.text) && spacedLine(l.text).values.length >= 2) rows++;
  }
  return rows >= MIN_ROWS;
}

function fragments(lines: readonly AlignedLine[], rowOf: Map<number, number>): Fragment[] {
  const frags: Fragment[] = [];
  lines.forEach((l, i) => {
    if (!l.table) return;
    const row = rowOf.get(i) ?? null;
    const crowd = l.labels.length;
    const at = (p: Piece) => ({ ...p, line: i, rank: l.rank, start: l.start + p.from, row, crowd });
    for (const p of l.values) frags.push({ ...at(p), last: false, value: true });
    l.labels.forEach((p, j) => frags.push({ ...at(p), last: j === l.labels.length - 1 }));
  });
  return frags;
}

/**
 * Whether a cell may name a row: it stands left of the row's numbers, or (text not aligned in
 * columns) it is a numbered label and the row prints numbers only.
 */
function fits(cell: LabelCell, row: ValueRow, first: Piece): boolean {
  // A one-character column (a head printed upright) stands over its numbers, not left of them.
  if (cell.to <= first.from + (cell.width > 1 ? 1 : 0)) return true;
  return cell.numbered && !row.line.labels.length && cell.from <= first.from;
}

/** Gives each label cell that names no row of its own to the nearest row with room for it. */
function attach(cells: readonly LabelCell[], rows: readonly ValueRow[]): Set<LabelCell> {
  const attached = new Set<LabelCell>();
  const byRank = new Map(rows.map((r) => [r.line.rank, r]));
  const pairs: { cell: LabelCell; row: ValueRow; d: number }[] = [];
  for (const cell of cells) {
    if (cell.row !== null) {
      rows[cell.row]?.labels.push(cell);
      attached.add(cell);
      continue;
    }
    const [r0, r1] = rankSpan(cell);
    for (let k = r0 - REACH; k <= r1 + REACH; k++) {
      const row = byRank.get(k);
      const first = row?.line.values[0];
      if (row && first && fits(cell, row, first))
        pairs.push({ cell, row, d: k < r0 ? r0 - k : k > r1 ? k - r1 : 0 });
    }
  }
  pairs.sort((a, b) => a.d - b.d);
  for (const { cell, row, d } of pairs) {
    if (attached.has(cell) || row.labels.some((l) => overlaps(l, cell))) continue;
    // A row with a label takes only cells left of it (a merged cell spanning rows), never a
    // header printed between its label and its numbers; but a numbered label wrapped round the
    // row's numbers is the row's own, whatever merged cell's text shares its line on the left.
    const around = cell.numbered && d === 0 && row.labels.every((l) => l.to <= cell.from);
    if (!around && row.labels.some((l) => l.row !== null && cell.from >= l.from)) continue;
    row.labels.push(cell);
    attached.add(cell);
    // A row label past a row with a label and numbers of its own: pdftotext set lines of
    // neighbouring rows out of order (a label centred in a tall cell), so neither row is sure.
    if (!cell.numbered || d < 2) continue;
    const [r0, r1] = rankSpan(cell);
    const rank = row.line.rank;
    const passed = rows.filter((o) => {
      const k = o.line.rank;
      const inside = rank > r1 ? k > r1 && k < rank : k < r0 && k > rank;
      return inside && o.line.labels.length > 0;
    });
    if (!passed.length) continue;
    row.unsure = true;
    for (const o of passed) o.unsure = true;
  }
  return attached;
}

function labelCell(text: string, cell: LabelCell): SourceCell {
  const first = cell.frags[0] as Fragment;
  const last = cell.frags[cell.frags.length - 1] as Fragment;
  if (cell.frags.length === 1) return cellAt(text, first.start, first.start + first.text.length);
  return {
    text: cell.frags.map((f) => f.text).join(""),
    span: [first.start, last.start + last.text.length],
  };
}

function rowOf(cells: SourceCell[], tabular: boolean): SourceRow {
  const start = Math.min(...cells.map((c) => c.span[0]));
  const end = Math.max(...cells.map((c) => c.span[1]));
  return { cells, span: [start, end], tabular };
}

/**
 * A value of a line; `loose` where the text keeps the page's columns (pdftotext -layout): a blank
 * cell left no trace there, so its column is the row's to prove.
 */
function valueCell(l: AlignedLine, p: Piece, loose: boolean): SourceCell {
  const at = l.start + Math.min(p.from, l.text.length);
  const cell: SourceCell = { text: p.text, span: [at, l.start + Math.min(p.to, l.text.length)] };
  if (loose) cell.loose = true;
  return cell;
}

/**
 * Whether a row of numbers adds up as tables 三 and 四 print them, each group's last number the
 * sum of those before it (7 numbers; or 15, three groups of 5): then its order is the page's.
 */
function addsUp(values: readonly Piece[]): boolean {
  const n = values.map((v) => parseNumber(v.text));
  const size = n.length === 7 ? 7 : n.length === 15 ? 5 : 0;
  if (!size) return false;
  for (let g = 0; g < n.length; g += size) {
    const part = n.slice(g, g + size);
    if (part.some((x) => x === null)) return false;
    const sum = (part.slice(0, -1) as number[]).reduce((a, b) => a + b, 0);
    if (sum !== part[size - 1]) return false;
  }
  return true;
}

/** Whether the table lines keep the page's columns (indented, cells parted by runs of spaces). */
function keepsColumns(lines: readonly AlignedLine[]): boolean {
  const table = lines.filter((l) => l.table);
  const spaced = table.filter((l) => /^ {2}|\S {2,}\S/.test(l.text)).length;
  return spaced >= table.length * 0.3;
}

/** Places the values of each page's rows (a form feed, page number or heading starts new columns). */
function placeAll(lines: readonly AlignedLine[], rows: ValueRow[], breaks: readonly number[]) {
  let group: ValueRow[] = [];
  let heads: Piece[] = [];
  let page = 0;
  const flush = () => {
    placeValues(
      group.map((r) => r.line.values),
      heads,
    ).forEach((v, i) => ((group[i] as ValueRow).values = v));
    if (group.some((r) => squeezed(r.line.values))) for (const r of group) r.tight = true;
    group = [];
    heads = [];
  };
  let r = 0;
  for (const l of lines) {
    // pdftotext spaces each page by its own widths: a form feed starts new columns too.
    let next = page;
    while (next < breaks.length && (breaks[next] as number) <= l.start) next++;
    if (next !== page || l.kind === "page" || l.kind === "heading") flush();
    page = next;
    const row = rows[r];
    if (row && row.line === l) {
      group.push(row);
      r++;
    } else if (!group.length && l.table && l.kind === "text") heads.push(...l.labels);
  }
  flush();
}

/**
 * Two neighbouring lines of numbers with no label text of their own, one naming its row by a
 * label from elsewhere: pdftotext set two rows' labels, then their numbers, apart (a Chrome print's row
 * of several heights), and which numbers are whose the text cannot tell, so neither is sure.
 */
function apartFromLabels(rows: ValueRow[]) {
  const bare = (r: ValueRow | undefined): r is ValueRow => !!r && !r.line.labels.length;
  const byRank = new Map(rows.map((r) => [r.line.rank, r]));
  for (const r of rows) {
    const next = [byRank.get(r.line.rank - 1), byRank.get(r.line.rank + 1)].filter(bare);
    if (!bare(r) || !next.length || !r.labels.some((c) => c.numbered)) continue;
    r.unsure = true;
    for (const n of next) n.unsure = true;
  }
}

/** A row's own label (its rightmost label cell) when it is numbered and set on one line. */
function oneLine(cells: readonly LabelCell[]): boolean {
  const own = cells.reduce<LabelCell | null>((a, c) => (!a || c.from > a.from ? c : a), null);
  return !!own && own.numbered && own.frags.length === 1;
}

/** A line of numbers whose only text is its row's numbered label, set on that one line. */
function alone(row: ValueRow | undefined): boolean {
  return !!row && row.line.labels.length === 1 && oneLine(row.labels);
}

/**
 * A numbered label alone on its one line between two lines that each print numbers beside a
 * numbered label alone on its one line: a row whose cells are all blank (cells of one line print
 * their text on one height, however the row aligns them). Not where a merged cell's text shares a
 * line: pdftotext may set a row's numbers on the line of the text centred below them.
 */
function blankRow(own: readonly LabelCell[], above?: ValueRow, below?: ValueRow): boolean {
  return own.length === 1 && oneLine(own) && alone(above) && alone(below);
}

/**
 * Rows of a space-aligned text: each line of numbers is a row, with the label cells around it
 * (a label wrapped above and below its numbers, a merged cell's label spread down its rows);
 * label text that names no row (headers, group labels) makes rows of its own; prose and
 * headings are one-cell rows; page numbers are left out.
 */
export function alignedRows(
  text: string,
  source: readonly TextLine[],
  breaks: readonly number[],
): SourceRow[] {
  const lines = alignedLines(source, breaks);
  const rows: ValueRow[] = [];
  const index = new Map<number, number>();
  lines.forEach((l, i) => {
    if (l.kind !== "values" || !l.table) return;
    index.set(i, rows.length);
    rows.push({ line: l, values: l.values, labels: [] });
  });
  const aligned = keepsColumns(lines);
  // Text with one space between cells has no columns: a short row's values stay as printed.
  if (aligned) placeAll(lines, rows, breaks);
  keepFragmentsLoose(rows);
  const cells = labelCells(fragments(lines, index), aligned);
  const attached = attach(cells, rows);
  apartFromLabels(rows);
  twoLinesOfNumbers(rows);
  const loose = new Map<number, LabelCell[]>();
  for (const c of cells) {
    if (attached.has(c)) continue;
    const line = (c.frags[0] as Fragment).line;
    loose.set(line, [...(loose.get(line) ?? []), c]);
  }
  const ranks = rows.map((r) => r.line.rank);
  const amid = (rank: number) =>
    ranks.some((r) => r < rank && r >= rank - AMID) &&
    ranks.some((r) => r > rank && r <= rank + AMID);
  const byRank = new Map(rows.map((r) => [r.line.rank, r]));
  const out: SourceRow[] = [];
  lines.forEach((l, i) => {
    const row = rows[index.get(i) ?? -1];
    const own = loose.get(i);
    if (row) {
      const labels = row.labels.sort((a, b) => a.from - b.from).map((c) => labelCell(text, c));
      const cells = row.values.map((v) => valueCell(l, v, aligned));
      const unsure =
        row.unsure || (aligned && squeezed(row.line.values) && !addsUp(row.line.values));
      if (unsure) for (const c of cells) c.unsure = true;
      out.push(rowOf([...labels, ...cells], true));
    } else if (own) {
      const cells = own.sort((a, b) => a.from - b.from).map((c) => labelCell(text, c));
      // A label with no number on its line, amid a table's rows: its numbers may stand on
      // other lines (a cell of several lines, values centred in a tall row), so its cells are
      // unread (S10) rather than a blank row; not between rows whose labels and numbers
      // share their one line.
      const blank = blankRow(own, byRank.get(l.rank - 1), byRank.get(l.rank + 1));
      if (aligned && amid(l.rank) && !blank)
        cells.push({ text: "", span: [l.start, l.start], loose: true });
      out.push(rowOf(cells, true));
    } else if (!l.table && l.kind !== "blank" && l.kind !== "page")
      out.push(rowOf([cellAt(text, l.start, l.start + l.text.length)], false));
  });
  return out;
}
