import { isValueText } from "../../text/number.js";
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
}

function continues(o: Open, f: Fragment): boolean {
  const h = Math.max(o.last.h, f.h);
  const pitch = f.y - o.last.y;
  if (pitch <= h * 0.5 || pitch > h * WRAP_PITCH) return false;
  return wraps(o.cell, o.last, f);
}

/** Whether `below` reads as the wrapped rest of the cell whose last line is `above`. */
export function wraps(cell: BoxCell, above: Piece, below: Piece & { h: number }): boolean {
  if (cell.value || isValueText(below.text) || NUMBERED.test(below.text)) return false;
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

function cellFragments(line: Line, valueXs: readonly number[]): Fragment[] {
  return splitCut(line, valueXs).flatMap(numbersApart);
}

/**
 * A row's fragments with a label that fills its column taken apart from the number joined to
 * it (fragments' `cut`), where the row prints other numbers too or the number starts where a
 * number of another row starts: a table's column, not prose.
 */
function splitCut(line: Line, valueXs: readonly number[]): Fragment[] {
  const cut = line.frags.filter((f) => f.cut && NUMBER.test(f.text.slice(f.cut.at)));
  if (!cut.length) return line.frags;
  const row = line.frags.some((f) => !f.cut && isValueText(f.text));
  const inColumn = (f: Fragment) => valueXs.some((x) => Math.abs(x - (f.cut?.x ?? 0)) <= f.h * 0.3);
  return line.frags.flatMap((f) => {
    if (!f.cut || !cut.includes(f) || !(row || inColumn(f))) return [f];
    const { at, x } = f.cut;
    const part = (text: string, from: number, to: number): Fragment => ({
      text,
      x: from,
      x2: to,
      y: f.y,
      h: f.h,
    });
    return [part(f.text.slice(0, at), f.x, x), part(f.text.slice(at), x, f.x2)];
  });
}

/** A table's fragments merged into cells: each fragment continues the cell right above it. */
export function tableCells(lines: Line[]): BoxCell[] {
  const open: Open[] = [];
  const cells: BoxCell[] = [];
  const valueXs = lines.flatMap((l) =>
    l.frags.filter((f) => !f.cut && isValueText(f.text)).map((f) => f.x),
  );
  for (const line of lines) {
    const grown = new Set<Open>();
    for (const f of cellFragments(line, valueXs)) {
      let best: Open | undefined;
      for (const o of open)
        if (!grown.has(o) && continues(o, f) && (!best || o.last.y > best.last.y)) best = o;
      if (best) {
        const c = best.cell;
        c.text = join(c.text, f.text);
        c.x = Math.min(c.x, f.x);
        c.x2 = Math.max(c.x2, f.x2);
        c.bottom = f.y;
        c.mid = (c.top + c.bottom) / 2;
        best.last = f;
        grown.add(best);
        continue;
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
      const o: Open = { cell, last: f };
      open.push(o);
      grown.add(o);
    }
    const y = line.y;
    for (let i = open.length - 1; i >= 0; i--)
      if (y - (open[i] as Open).last.y > line.h * WRAP_PITCH) open.splice(i, 1);
  }
  return cells;
}
