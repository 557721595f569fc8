import { squash } from "../../text/normalize.js";
import { NUMBERED, type Piece } from "./spaced.js";
import { uprightColumns, type Upright } from "./upright-heads.js";
import { rejoinWraps } from "./raw-wraps.js";

/** A label piece placed in the text: its line, its rank among the non-blank lines, its offset. */
export interface Fragment extends Piece {
  line: number;
  rank: number;
  start: number;
  /** The value row whose line it stands on, and whether it is that line's last label. */
  row: number | null;
  last: boolean;
  /** How many label pieces its line holds. */
  crowd: number;
  /** A printed value: it ends every cell above it in its columns (a header over numbers). */
  value?: boolean;
}

/** The column of numbers each upright head character stands over. */
type Columns = ReadonlyMap<Fragment, Upright>;

interface Context {
  /** The text keeps the page's columns (pdftotext -layout). */
  aligned: boolean;
  columns: Columns;
  /** Lines whose next label line starts with a numbered label. */
  beforeNumbered: ReadonlySet<number>;
  /** Ranks of the lines that print values. */
  valueRanks: ReadonlySet<number>;
}

function linesBeforeNumbered(frags: readonly Fragment[]): Set<number> {
  const firsts: Fragment[] = [];
  for (const f of frags) if (!f.value && f.line !== firsts[firsts.length - 1]?.line) firsts.push(f);
  const out = new Set<number>();
  firsts.forEach((f, i) => {
    if (NUMBERED.test(firsts[i + 1]?.text ?? "")) out.add(f.line);
  });
  return out;
}

/** A label cell: the pieces of one (merged or wrapped) table cell, top to bottom. */
export interface LabelCell {
  frags: Fragment[];
  from: number;
  to: number;
  /** Characters on its first line: a wrapped cell's next lines are no wider. */
  width: number;
  /** The value row it names (its last piece on that row's line), if any. */
  row: number | null;
  /** It stands left of another row's own label: a merged cell over several rows. */
  lead: boolean;
  /** It starts with a numbering (一、 （一） 1.): a row label, which may wrap onto its numbers' line. */
  numbered: boolean;
  closed: boolean;
}

/** Lines a wrapped cell may skip between two of its pieces (blank lines do not count). */
const GAP = 3;
/** Lines an upright head may skip: a short head centred by longer ones, two head rows interleaved. */
const UPRIGHT_GAP = 6;

export function overlaps(a: { from: number; to: number }, b: { from: number; to: number }) {
  return a.from < b.to && b.from < a.to;
}

function newCell(f: Fragment, cells: LabelCell[], columns: Columns): LabelCell {
  // A line of upright heads may stand a column off the line above: a character that spells on
  // its column's head ends no upright head of another column.
  const up = columns.get(f);
  const other = (c: LabelCell) => {
    const column = columns.get(c.frags[c.frags.length - 1] as Fragment)?.column;
    return up?.fitted === true && column !== undefined && column !== up.column;
  };
  for (const c of cells) if (overlaps(c, f) && !other(c)) c.closed = true;
  const cell: LabelCell = {
    frags: [f],
    from: f.from,
    to: f.to,
    width: squash(f.text).length,
    row: f.last ? f.row : null,
    lead: f.row !== null && !f.last,
    numbered: NUMBERED.test(f.text),
    closed: false,
  };
  cells.push(cell);
  return cell;
}

/**
 * Whether piece `f` may continue cell `c` (which overlaps it just above): a row's label runs on
 * only from a numbered label (a header cell such as 信息内容 never runs into the row below), and
 * a merged cell's text down the rows is its own.
 */
function joins(f: Fragment, c: LabelCell, ctx: Context): boolean {
  const { aligned, beforeNumbered } = ctx;
  const end = c.frags[c.frags.length - 1] as Fragment;
  // A merged cell's text spread down the rows; never a row's own label, which its numbers ended.
  if (f.row !== null && !f.last) return c.row === null || (aligned && c.lead);
  if (f.row !== null) return c.row === null && (c.numbered || c.lead);
  // Without columns to tell a wrapped label from the next cell (header cells one a line), a
  // numbered label runs on while it waits for its numbers or on the very next line after them
  // (a one-character line there is the first of a label printed down the page, unless the
  // next label is numbered: 7.属于行政执法案 0 … / 卷); a single character ends the label above
  // it (科研机 / 构). A label whose numbers came on a line of their own waits no more: the
  // characters after them are a merged cell's text printed down the page (年 / 度 / 办 / 理).
  if (!aligned) {
    const one = squash(f.text).length === 1 && !beforeNumbered.has(f.line);
    if (c.row === null) return (c.numbered || one) && !valuesBetween(end.rank, f.rank, ctx);
    return c.numbered && f.rank - end.rank === 1 && (!one || end.row === null);
  }
  if (c.numbered) return true;
  // A header row's cells wrap beside each other; a line of one cell (a table's title) above a
  // row of several is not wrapped into it.
  return c.row === null && (f.crowd < 2 || end.crowd >= 2);
}

function valuesBetween(from: number, to: number, { valueRanks }: Context): boolean {
  for (let r = from + 1; r < to; r++) if (valueRanks.has(r)) return true;
  return false;
}

/** The open cell a piece continues, if any: the latest one above it, overlapping it. */
function continued(f: Fragment, cells: LabelCell[], ctx: Context): LabelCell | null {
  const { aligned, columns } = ctx;
  if (NUMBERED.test(f.text)) return null;
  const up = columns.get(f);
  const upright = up ? uprightAbove(f, up.column, cells, columns) : null;
  // A character that spells on its column's template head continues that column's head or
  // starts it, never a group's head above (行政复议 narrower than its columns).
  if (upright || up?.fitted) return upright;
  const tail = aligned ? lastCharacter(f, cells, ctx) : null;
  if (tail) return tail;
  for (let i = cells.length - 1; i >= 0; i--) {
    const c = cells[i] as LabelCell;
    const end = c.frags[c.frags.length - 1] as Fragment;
    // Without columns a label wrapped before its numbers runs on from its line's last piece, at
    // the next line's start.
    const under = aligned || end.row !== null ? overlaps(c, f) : end.last;
    if (c.closed || !under || end.line >= f.line) continue;
    // A cell's first line is its widest; one character over a longer piece is a letter of a
    // phrase spread across the columns (行   政   复   议), not the start of a label.
    const wider = c.width === 1 ? 1 : c.width + 1;
    if (f.rank - end.rank > GAP || squash(f.text).length > wider) return null;
    // A character of a line of upright heads continues an upright head or ends one wrapped in
    // its column (结果维 / 持), never a group's head over several columns (行政复议).
    if (up && c.to - c.from >= up.pitch) return null;
    return joins(f, c, ctx) ? c : null;
  }
  return null;
}

/**
 * A row's numbered label wrapped after its numbers' line with one character left (7.属于行政执法案
 * … / 卷), alone on its line before the next numbered label: pdftotext may set it a few places
 * right of the label's start, short of the numbers.
 */
function lastCharacter(f: Fragment, cells: readonly LabelCell[], ctx: Context): LabelCell | null {
  if (f.crowd !== 1 || squash(f.text).length !== 1 || !ctx.beforeNumbered.has(f.line)) return null;
  const c = cells[cells.length - 1];
  const end = c?.frags[c.frags.length - 1];
  if (!c || !end || c.closed || !c.numbered || c.row === null || end.row !== c.row) return null;
  return f.rank - end.rank === 1 && f.from >= c.from && f.from < c.to + c.width ? c : null;
}

/**
 * The column of upright head characters a character continues: the cell whose last character
 * stands over the same column of numbers, not yet continued on this line.
 */
function uprightAbove(
  f: Fragment,
  column: number,
  cells: readonly LabelCell[],
  columns: Columns,
): LabelCell | null {
  for (const c of cells) {
    const end = c.frags[c.frags.length - 1] as Fragment;
    const up = columns.get(end);
    if (c.closed || !(c.width === 1 || up?.fitted) || c.row !== null) continue;
    if (end.line >= f.line || f.rank - end.rank > UPRIGHT_GAP) continue;
    if (up?.column === column) return c;
  }
  return null;
}

/** Open cells just above `f` that it overlaps, left to right. */
function above(f: Fragment, cells: readonly LabelCell[]): LabelCell[] {
  return cells
    .filter((c) => {
      const end = c.frags[c.frags.length - 1] as Fragment;
      return !c.closed && overlaps(c, f) && end.line < f.line && f.rank - end.rank <= GAP;
    })
    .sort((a, b) => a.from - b.from);
}

/**
 * A piece under two cells, parted only by one space (pdftotext joins close text): split at the
 * space nearest where the right cell starts.
 */
function splitAcross(f: Fragment, cells: readonly LabelCell[]): Fragment[] {
  const over = above(f, cells);
  // The right cell is the second of two above, or the only one above when the piece starts left
  // of it (a merged cell's text beginning on the wrapped label's line).
  const lone = over.length === 1 && (over[0] as LabelCell).from > f.from + 1;
  const right = lone ? over[0] : over[1];
  if (!right || !f.text.includes(" ")) return [f];
  let cut = -1;
  for (let i = f.text.indexOf(" "); i >= 0; i = f.text.indexOf(" ", i + 1))
    if (cut < 0 || Math.abs(f.from + i + 1 - right.from) < Math.abs(f.from + cut + 1 - right.from))
      cut = i;
  if (lone && Math.abs(f.from + cut + 1 - right.from) > 1) return [f];
  const left = f.text.slice(0, cut).trimEnd();
  const rest = f.text.slice(cut + 1).trimStart();
  const restFrom = f.from + f.text.length - rest.length;
  return [
    { ...f, text: left, to: f.from + left.length, last: false },
    ...splitAcross(
      { ...f, text: rest, from: restFrom, start: f.start + restFrom - f.from },
      cells.filter((c) => c !== over[0]),
    ),
  ];
}

function add(f: Fragment, cells: LabelCell[], ctx: Context) {
  const c = continued(f, cells, ctx);
  if (!c) {
    newCell(f, cells, ctx.columns);
    return;
  }
  c.frags.push(f);
  c.from = Math.min(c.from, f.from);
  c.to = Math.max(c.to, f.to);
  if (f.row !== null && !f.last) c.lead = true;
  // A merged cell's text reaching a row with no label of its own does not name that row.
  else if (f.row !== null && !c.lead) c.row = f.row;
}

/**
 * Gathers label pieces into cells: a piece under an open cell, overlapping it and no wider than
 * its first line, continues it (a label wrapped in its cell, a merged cell's text spread down the
 * rows, a label printed one character per line); a numbered piece always starts a new cell.
 * `aligned`: the text keeps the page's columns (pdftotext -layout), not one space between cells.
 */
export function labelCells(frags: readonly Fragment[], aligned: boolean): LabelCell[] {
  const cells: LabelCell[] = [];
  const upright = aligned
    ? uprightColumns(frags, { part: partOf, join: joinOf })
    : { pieces: frags, columns: new Map() };
  const columns: Columns = upright.columns;
  const ctx: Context = {
    aligned,
    columns,
    beforeNumbered: linesBeforeNumbered(frags),
    valueRanks: new Set(frags.filter((f) => f.value).map((f) => f.rank)),
  };
  for (const f of upright.pieces) {
    if (f.value) {
      // Without columns a value stands under no cell in particular (a row's numbers one space
      // after its label stand under the label's wider first line).
      if (aligned) for (const c of cells) if (overlaps(c, f)) c.closed = true;
      continue;
    }
    for (const g of aligned && !columns.has(f) ? splitAcross(f, cells) : [f]) add(g, cells, ctx);
  }
  return aligned ? cells : rejoinWraps(cells);
}

/** Part of a piece, one column's head of a piece of several (服 务 其 他). */
function partOf(f: Fragment, text: string, offset: number, last: boolean): Fragment {
  const from = f.from + offset;
  return {
    ...f,
    text,
    from,
    to: from + text.length,
    start: f.start + offset,
    last: f.last && last,
  };
}

/** Two pieces of one head spread across its column (社      会), one piece. */
function joinOf(a: Fragment, b: Fragment): Fragment {
  return { ...a, text: a.text + " ".repeat(b.from - a.to) + b.text, to: b.to, last: b.last };
}

/** First and last rank a cell covers. */
export function rankSpan(c: LabelCell): [number, number] {
  return [(c.frags[0] as Fragment).rank, (c.frags[c.frags.length - 1] as Fragment).rank];
}
