import { isValueText } from "../../text/number.js";
import { squash } from "../../text/normalize.js";
import { T3_SPANNING_HEADS } from "../../templates/table3.js";
import { T4_GROUPS, T4_SPANNING_HEADS } from "../../templates/table4.js";
import type { Fragment, Line } from "./lines.js";
import { placedWords } from "../placed-words.js";

/** One table cell's text, possibly wrapped over several lines. */
export interface BoxCell {
  text: string;
  x: number;
  x2: number;
  /** Baselines of its first and last line. */
  top: number;
  bottom: number;
  /** Where the cell's text is vertically centred (mean of first and last baseline). */
  mid: number;
  h: number;
  value: boolean;
}

/**
 * Wrapped lines of one cell are ~1.2–1.5 font sizes apart; separate rows of one column are
 * further apart by the cell padding (LibreOffice: ~2.0). No rulings are read (pdf.js's operator
 * list costs half the text extraction again), so this gap is what tells the two apart.
 */
const WRAP_PITCH = 1.7;
/** A row's own label opens with its number: 一、 （二） 3. — never a wrapped continuation. */
export const NUMBERED =
  /^(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*、|\d{1,2}\s*[.．、](?!\d))/;

/** Table 二's block heads (第二十条第（一）项): a row of one short line, never wrapped. */
const ARTICLE = /^第[一二三四五六七八九十\d]{1,4}条/;

/**
 * Heads over several columns (template.md): whole, they are a cell of their own; the line under
 * one is a head of a column it tops (centred under it: 其他结果 under 行政复议), not its rest.
 */
const SPANNING = new Set<string>(
  [...T3_SPANNING_HEADS, ...T4_SPANNING_HEADS, ...T4_GROUPS.map((g) => g.label)].map(squash),
);

const CJK_END = /[\u3000-\u9fff\uff00-\uffef]$/;

interface Piece {
  text: string;
  x: number;
  x2: number;
}

function overlap(a: Piece, b: Piece): number {
  return Math.min(a.x2, b.x2) - Math.max(a.x, b.x);
}

interface Open {
  cell: BoxCell;
  last: Fragment;
  /** Its last line is its row's label, with a number of that row right of it. */
  valued: boolean;
  /** Some line of it is. */
  row: boolean;
}

/**
 * Lines of a row's label a page sets further apart than WRAP_PITCH (a portal's tall line
 * height): a line with no number, under a label line that fills its column beside its row's
 * numbers, is the label's rest up to this far (font sizes).
 */
const LOOSE_WRAP = 2.6;

/** What a fragment's line and column tell of it. */
interface Place {
  /** Its row's label is set wider than this somewhere on its column. */
  full: (f: Fragment) => boolean;
  /** Its line prints no number. */
  bare: boolean;
}

/**
 * Whether fragment `i` of a line is the line's last label before a number: a row's label with
 * its number. A row prints its numbers on one height: two such lines are two rows, never one
 * label wrapped (a short label over the next row's, rows set tight).
 */
function beforeNumber(frags: readonly Fragment[], i: number): boolean {
  const next = frags[i + 1];
  return !!next && isValueText(next.text) && !isValueText((frags[i] as Fragment).text);
}

function continues(o: Open, f: Fragment, valued: boolean, at: Place): boolean {
  if (o.valued && valued) return false;
  const h = Math.max(o.last.h, f.h);
  const pitch = f.y - o.last.y;
  const loose = o.row && at.bare && !NUMBERED.test(f.text) && at.full(o.last);
  if (pitch <= h * 0.5 || pitch > h * (loose ? LOOSE_WRAP : WRAP_PITCH)) return false;
  return wraps(o.cell, o.last, f);
}

/** Whether a label fragment reaches, within a character, the widest one set where it starts. */
function columnFull(lines: readonly Fragment[][]): (f: Fragment) => boolean {
  const labels = lines.flat().filter((f) => !isValueText(f.text));
  return (f) => {
    let edge = f.x2;
    for (const g of labels) if (Math.abs(g.x - f.x) <= f.h * 0.5) edge = Math.max(edge, g.x2);
    return f.x2 >= edge - f.h;
  };
}

/** Whether `below` reads as the wrapped rest of the cell whose last line is `above`. */
export function wraps(cell: BoxCell, above: Piece, below: Piece & { h: number }): boolean {
  if (cell.value || isValueText(below.text) || NUMBERED.test(below.text)) return false;
  if (ARTICLE.test(below.text) || ARTICLE.test(cell.text)) return false;
  if (SPANNING.has(squash(cell.text))) return false;
  const wa = above.x2 - above.x;
  const wb = below.x2 - below.x;
  // A wrapped line is never much wider than the line it continues.
  return wa >= wb - 2 * below.h && overlap(above, below) >= Math.min(wa, wb) * 0.5;
}

export function join(a: string, b: string): string {
  return CJK_END.test(a) || !/^[A-Za-z0-9]/.test(b) ? a + b : `${a} ${b}`;
}

const NUMBER = /^[+＋\-－]?\d[\d,.]*$/;

/**
 * A fragment of whole numbers a space apart ("13612 252": pdf.js puts the cells of a table
 * drawn tight in one run) as one fragment a number, placed by its characters. Digits spread
 * one a run (2 1 6 8, a number set 分散对齐) stay one number.
 */
function numbersApart(f: Fragment): Fragment[] {
  const words = placedWords(f.text, f.x, f.x2);
  if (words.length < 2 || !words.every((w) => NUMBER.test(w.text))) return [f];
  if (words.filter((w) => w.text.length > 1).length < 2) return [f];
  return words.map((w) => ({ ...w, y: f.y, h: f.h }));
}

function cellFragments(
  line: Line,
  valueXs: readonly number[],
  labelXs: readonly number[],
): Fragment[] {
  return splitCut(line, valueXs, labelXs).flatMap(numbersApart);
}

/**
 * A row's fragments with a label that fills its column taken apart where another run joined it
 * (fragments' `cuts`): from a number, where the row prints other numbers too or the number starts
 * where a number of another row starts (a table's column, not prose); from a numbered row label
 * (a group label filling its column); from ideographs where another line starts a label (the
 * rest of a row label beside a group label's line).
 */
function splitCut(line: Line, valueXs: readonly number[], labelXs: readonly number[]): Fragment[] {
  const row = line.frags.some((f) => !f.cuts && isValueText(f.text));
  const near = (xs: readonly number[], x: number, h: number) =>
    xs.some((at) => Math.abs(at - x) <= h * 0.3);
  return line.frags.flatMap((f) => {
    const cuts = f.cuts;
    if (!cuts) return [f];
    const keep = cuts.filter((c, i) => {
      const piece = f.text.slice(c.at, cuts[i + 1]?.at ?? f.text.length);
      if (NUMBER.test(piece)) return row || near(valueXs, c.x, f.h);
      return NUMBERED.test(f.text.slice(c.at)) || near(labelXs, c.x, f.h);
    });
    if (!keep.length) return [f];
    const ends = [...keep, { at: f.text.length, x: f.x2 }];
    let from = { at: 0, x: f.x };
    return ends.map((to): Fragment => {
      const part = { text: f.text.slice(from.at, to.at), x: from.x, x2: to.x, y: f.y, h: f.h };
      from = to;
      return part;
    });
  });
}

/** How far a line stands from the line above it, set flush left or centred (the nearer). */
function offset(o: Open, f: Fragment): number {
  const a = o.last;
  return Math.min(Math.abs(f.x - a.x), Math.abs(f.x + f.x2 - a.x - a.x2) / 2);
}

/**
 * A table's fragments merged into cells: each fragment continues the cell right above it (of
 * two on one line, the one it is set under).
 */
export function tableCells(lines: Line[]): BoxCell[] {
  const open: Open[] = [];
  const cells: BoxCell[] = [];
  const valueXs = lines.flatMap((l) =>
    l.frags.filter((f) => !f.cuts && isValueText(f.text)).map((f) => f.x),
  );
  // Where labels start a line of their own: a column's left edge.
  const labelXs = lines.flatMap((l) => l.frags.filter((f) => !isValueText(f.text)).map((f) => f.x));
  const all = lines.map((line) => cellFragments(line, valueXs, labelXs));
  const full = columnFull(all);
  lines.forEach((line, n) => {
    const grown = new Set<Open>();
    const frags = all[n] as Fragment[];
    const at: Place = { full, bare: !frags.some((f) => isValueText(f.text)) };
    frags.forEach((f, i) => {
      const valued = beforeNumber(frags, i);
      let best: Open | undefined;
      for (const o of open) {
        if (grown.has(o) || !continues(o, f, valued, at)) continue;
        const above = best && o.last.y - best.last.y;
        if (!best || (above as number) > 0 || (above === 0 && offset(o, f) < offset(best, f)))
          best = o;
      }
      if (best) {
        const c = best.cell;
        c.text = join(c.text, f.text);
        c.x = Math.min(c.x, f.x);
        c.x2 = Math.max(c.x2, f.x2);
        c.bottom = f.y;
        c.mid = (c.top + c.bottom) / 2;
        best.last = f;
        best.valued = valued;
        best.row ||= valued;
        grown.add(best);
        return;
      }
      const value = isValueText(f.text);
      const cell: BoxCell = {
        text: f.text,
        x: f.x,
        x2: f.x2,
        top: f.y,
        bottom: f.y,
        mid: f.y,
        h: f.h,
        value,
      };
      cells.push(cell);
      const o: Open = { cell, last: f, valued, row: valued };
      open.push(o);
      grown.add(o);
    });
    const y = line.y;
    for (let i = open.length - 1; i >= 0; i--) {
      const o = open[i] as Open;
      if (y - o.last.y > line.h * (o.row ? LOOSE_WRAP : WRAP_PITCH)) open.splice(i, 1);
    }
  });
  return cells;
}
