import { squash } from "../../text/normalize.js";
import { median } from "./value-columns.js";
import { fitLine, headsRead, type HeadsRead } from "./upright-fit.js";

/** A piece of a line: label or value, where it stands. */
interface Placed {
  line: number;
  from: number;
  to: number;
  text: string;
  value?: boolean;
}

/** The column of numbers a character stands over, and how far apart those columns are. */
export interface Upright {
  column: number;
  pitch: number;
  /** It goes on spelling its column's template head. */
  fitted: boolean;
}

/** How many one-character pieces make a line of heads printed one character per line. */
const MIN_SINGLES = 3;

const single = (p: Placed) => !p.value && squash(p.text).length === 1;

/** How many columns on a piece `apart` columns after the one before stands: one at least, but
 * none under `together` (text spread across its column: 商      业). */
const stepOf = (apart: number, together: number) =>
  apart < together ? 0 : Math.max(1, Math.round(apart));

/** Where each character of a line stands: the column of numbers nearest below it, or, one off
 * every column, as many columns on from the one before as their distance spans (counting from
 * none left of every column: a label beside the heads). */
function placed(
  singles: readonly { from: number; to: number }[],
  centres: readonly number[],
  pitch: number,
  together = 0,
): number[] {
  let column = -1;
  let prev: { from: number } | null = null;
  return singles.map((s) => {
    const mid = (s.from + s.to) / 2;
    const nearest = centres.reduce(
      (b, c, i) => (Math.abs(c - mid) < Math.abs((centres[b] as number) - mid) ? i : b),
      0,
    );
    const clear = Math.abs((centres[nearest] as number) - mid) <= pitch / 4;
    column =
      prev && !(clear && nearest > column)
        ? column + stepOf((s.from - prev.from) / pitch, together)
        : nearest;
    if (mid >= (centres[0] as number) - pitch / 2) prev = s;
    else column = -1;
    return column < 0 ? 0 : column;
  });
}

/** Text that may be heads' lines: words one space apart at most (社会公益, 社 会, 科研 社会). */
const HEAD_TEXT = /^\S+( \S+)*$/u;

/** A piece of head text: its characters and where each stands on its line. */
interface Letters<T extends Placed> {
  piece: T;
  chars: string[];
  at: number[];
}

function lettersOf<T extends Placed>(p: T): Letters<T> | null {
  if (p.value || !HEAD_TEXT.test(p.text)) return null;
  const chars: string[] = [];
  const at: number[] = [];
  [...p.text].forEach((c, j) => {
    if (c === " ") return;
    chars.push(c);
    at.push(p.from + j);
  });
  return { piece: p, chars, at };
}

/** A line's head text, left to right, and the first line of numbers below it. */
interface HeadLine<T extends Placed> {
  pieces: Letters<T>[];
  singles: number;
  below: number;
  /** No line of numbers stands between it and `below`: a table's head, read by the template. */
  head: boolean;
}

/** Head text read by columns: the pieces (a piece of heads of several columns split into one
 * a column) and the column of numbers each stands over. */
export interface UprightHeads<T> {
  pieces: T[];
  columns: Map<T, Upright>;
}

/** How a piece is cut into heads of columns, and two pieces of one head joined (社      会). */
export interface Cut<T> {
  part: (p: T, text: string, offset: number, last: boolean) => T;
  join: (a: T, b: T) => T;
}

/** Cuts `p` into its runs of characters by column. */
function runs<T extends Placed>(
  l: Letters<T>,
  columns: readonly number[],
  part: Cut<T>["part"],
): [T, number][] {
  const out: [T, number][] = [];
  let a = 0;
  columns.forEach((k, j) => {
    if (columns[j + 1] === k) return;
    const from = (l.at[a] as number) - l.piece.from;
    const to = (l.at[j] as number) - l.piece.from + 1;
    const whole = a === 0 && j === columns.length - 1;
    const last = j === columns.length - 1;
    out.push([whole ? l.piece : part(l.piece, l.piece.text.slice(from, to), from, last), k]);
    a = j + 1;
  });
  return out;
}

/**
 * The column of a character that spells on no head, on a line whose other text does: a head left
 * unfinished, or already printed otherwise, between the columns its neighbours spell (结果维 / 护:
 * a head printed otherwise), the nearest to where it stands and not taken on its line; or -1.
 */
function misprinted(
  h: HeadsRead,
  fitted: readonly (number[] | null)[],
  i: number,
  near: number,
  taken: ReadonlySet<number>,
): number {
  const before = fitted.slice(0, i).flatMap((f) => f ?? []);
  const after = fitted.slice(i + 1).flatMap((f) => f ?? []);
  const lo = Math.max(-1, ...before, ...[...taken].filter((k) => k < near));
  const hi = Math.min(h.heads.length, ...after);
  let best = -1;
  for (let k = lo + 1; k < hi; k++) {
    const at = h.read[k];
    const open = at === null || (at !== undefined && at > 0 && at < (h.heads[k] as string).length);
    if (!open || taken.has(k)) continue;
    if (best < 0 || Math.abs(k - near) < Math.abs(best - near)) best = k;
  }
  return best;
}

/**
 * Heads of the columns of numbers, printed one character per line (narrow columns of Word and
 * WPS tables) or wrapped a few characters a line: which column each piece of head text stands
 * over. pdftotext spaces each line by its own widths, so a line of heads may stand a column or two
 * off the numbers, sets heads of neighbouring columns one space apart (科 社 法, 服 务 其 他), and
 * interleaves lines of heads of different heights (结 果 / 维 纠 of one group between those of
 * the next); the order of the text on its line does not drift. Over a table's first line of
 * numbers as many as a template table's columns, a line's pieces go to the columns whose template
 * heads they go on spelling (fitLine). A character that spells none (a head printed otherwise)
 * goes to the column of the first line of numbers below that it stands over, as before, on lines
 * of at least MIN_SINGLES characters; other text not spelling a head has no column.
 */
export function uprightColumns<T extends Placed>(
  pieces: readonly T[],
  { part, join }: Cut<T>,
): UprightHeads<T> {
  const byLine = new Map<number, T[]>();
  for (const p of pieces) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
  const lines = [...byLine.keys()].sort((a, b) => a - b);
  const values = (l: number) => (byLine.get(l) ?? []).filter((p) => p.value);
  const counts = new Map(lines.map((l) => [l, values(l).length]));
  // For each line, the next line below with numbers and the next with two or more.
  const nextAny: (number | undefined)[] = [];
  const nextTwo: (number | undefined)[] = [];
  for (let k = lines.length - 1, any: number | undefined, two: number | undefined; k >= 0; k--) {
    nextAny[k] = any;
    nextTwo[k] = two;
    const line = lines[k] as number;
    const count = counts.get(line) ?? 0;
    if (count >= 1) any = line;
    if (count >= 2) two = line;
  }
  const heads: HeadLine<T>[] = [];
  // A table's first line of numbers: the line of numbers before prints another number of them.
  const first = new Set<number>();
  let before = -1;
  lines.forEach((line, k) => {
    const count = counts.get(line) ?? 0;
    if (count >= 2) {
      if (count !== before) first.add(line);
      before = count;
    }
    const below = nextTwo[k];
    if (below === undefined) return;
    const own = (byLine.get(line) ?? []).slice().sort((a, b) => a.from - b.from);
    const text = own.map(lettersOf).filter((l): l is Letters<T> => l !== null);
    const head = below === nextAny[k];
    if (text.length) heads.push({ pieces: text, singles: own.filter(single).length, below, head });
  });
  const upright = new Set(heads.filter((h) => h.singles >= MIN_SINGLES).map((h) => h.below));
  const columns = new Map<T, Upright>();
  const parts = new Map<T, T[]>();
  const reads = new Map<number, HeadsRead | null>();
  for (const { pieces: text, singles, below, head } of heads) {
    if (!reads.has(below))
      reads.set(below, first.has(below) ? headsRead(values(below).length) : null);
    const read = head ? (reads.get(below) ?? null) : null;
    if (!read && !upright.has(below)) continue;
    const centres = values(below)
      .map((v) => (v.from + v.to) / 2)
      .sort((a, b) => a - b);
    const pitch = median(centres.slice(1).map((c, i) => c - (centres[i] as number)));
    if (!(pitch > 0)) continue;
    const starts = placed(
      text.map((l) => ({ from: l.piece.from, to: l.piece.from + 1 })),
      centres,
      pitch,
    );
    // For spelling, characters under three quarters of a column apart may stand in one.
    const near = placed(
      text.flatMap((l) => l.at.map((at) => ({ from: at, to: at + 1 }))),
      centres,
      pitch,
      0.75,
    );
    let n = 0;
    const candidates = text.map((l) => ({
      chars: l.chars,
      near: l.chars.map(() => near[n++] as number),
    }));
    const fitted = read ? fitLine(candidates, read) : [];
    const full = singles >= MIN_SINGLES && upright.has(below);
    const taken = new Set<number>();
    // The last head of the piece before, when that piece spelt on heads: the next may go on it.
    let before: { src: T; piece: T; column: number } | null = null;
    text.forEach((l, i) => {
      const fit = fitted[i];
      if (fit) {
        const own: T[] = [];
        for (const [piece, column] of runs(l, fit, part)) {
          if (before && before.column === column) {
            const joined = join(before.piece, piece);
            const list = parts.get(before.src) ?? [];
            list[list.length - 1] = joined;
            columns.delete(before.piece);
            columns.set(joined, { column, pitch, fitted: true });
            before = { src: before.src, piece: joined, column };
            continue;
          }
          own.push(piece);
          columns.set(piece, { column, pitch, fitted: true });
          before = { src: l.piece, piece, column };
        }
        parts.set(l.piece, own);
        fit.forEach((k) => {
          if (read) read.read[k] = (read.read[k] as number) + 1;
        });
        return;
      }
      before = null;
      if (!single(l.piece)) return;
      const near = starts[i] as number;
      const spelt = fitted.some((f) => f !== null);
      const column = read && spelt ? misprinted(read, fitted, i, near, taken) : -1;
      if (column < 0 && !full) return;
      const at = column < 0 ? near : column;
      columns.set(l.piece, { column: at, pitch, fitted: false });
      taken.add(at);
      if (read && at < read.read.length) read.read[at] = null;
    });
  }
  return { pieces: pieces.flatMap((p) => parts.get(p) ?? [p]), columns };
}
