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

/** Where each character of a line stands: the column of numbers nearest below it, or, one off
 * every column, as many columns on from the one before as their distance spans. */
function placed(
  singles: readonly { from: number; to: number }[],
  centres: readonly number[],
  pitch: number,
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
        ? column + Math.max(1, Math.round((s.from - prev.from) / pitch))
        : nearest;
    prev = s;
    return column;
  });
}

/** Characters one space apart (科 社 法): heads of neighbouring columns set close together. */
const LETTERS = /^\S( \S)+$/u;

/** A character of a line: a one-character piece, or the `at`th of a piece of letters. */
interface Char<T extends Placed> {
  piece: T;
  at: number;
  text: string;
  from: number;
  to: number;
  line: number;
}

function charsOf<T extends Placed>(p: T): Char<T>[] {
  if (p.value) return [];
  if (single(p))
    return [{ piece: p, at: -1, text: squash(p.text), from: p.from, to: p.to, line: p.line }];
  if (!LETTERS.test(p.text)) return [];
  return [...p.text.replace(/ /g, "")].map((text, j) => ({
    piece: p,
    at: j,
    text,
    from: p.from + 2 * j,
    to: p.from + 2 * j + 1,
    line: p.line,
  }));
}

/** A line's characters, left to right, and the first line of numbers below it. */
interface HeadLine<T extends Placed> {
  chars: Char<T>[];
  singles: number;
  below: number;
}

/** Upright head characters: the pieces (letters one space apart split where they are heads of
 * several columns) and the column each character stands over. */
export interface UprightHeads<T> {
  pieces: T[];
  columns: Map<T, Upright>;
}

/**
 * Heads printed one character per line, side by side (narrow columns of Word and WPS tables):
 * which column of the numbers below each character stands over. pdftotext spaces each line by its
 * own widths, so a line of heads may stand a column or two off the numbers, sets heads of
 * neighbouring columns one space apart (科 社 法), and interleaves lines of heads of different
 * heights (结 果 / 维 纠 of one group between those of the next); the characters' order on their
 * line does not drift. Where the numbers below are as many as a template table's columns, a
 * line's characters go to the columns whose template heads they go on spelling (fitLine); letters
 * one space apart are split only when each goes on a head of its own. A character that spells
 * none (a head printed otherwise) goes to the column of the first line of numbers below that it
 * stands over, as before, on lines of at least MIN_SINGLES characters; lines of fewer take only
 * characters that spell on a head, and only over a line of heads. Characters of lines with no
 * numbers below have no column.
 */
export function uprightColumns<T extends Placed>(
  pieces: readonly T[],
  part: (p: T, at: number) => T,
): UprightHeads<T> {
  const byLine = new Map<number, T[]>();
  for (const p of pieces) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
  const lines = [...byLine.keys()].sort((a, b) => a - b);
  const values = (l: number) => (byLine.get(l) ?? []).filter((p) => p.value);
  const heads: HeadLine<T>[] = [];
  lines.forEach((line, k) => {
    const own = (byLine.get(line) ?? []).slice().sort((a, b) => a.from - b.from);
    const chars = own.flatMap(charsOf);
    const below = lines.slice(k + 1).find((l) => values(l).length >= 2);
    if (chars.length && below !== undefined)
      heads.push({ chars, singles: own.filter(single).length, below });
  });
  const upright = new Set(heads.filter((h) => h.singles >= MIN_SINGLES).map((h) => h.below));
  const columns = new Map<T, Upright>();
  const parts = new Map<T, T[]>();
  const reads = new Map<number, HeadsRead | null>();
  for (const { chars, singles, below } of heads) {
    if (!upright.has(below)) continue;
    const centres = values(below)
      .map((v) => (v.from + v.to) / 2)
      .sort((a, b) => a - b);
    const pitch = median(centres.slice(1).map((c, i) => c - (centres[i] as number)));
    if (!(pitch > 0)) continue;
    if (!reads.has(below)) reads.set(below, headsRead(centres.length));
    const read = reads.get(below) ?? null;
    const near = placed(chars, centres, pitch);
    const fitted = read
      ? fitLine(
          chars.map((c) => c.text),
          near,
          read,
        )
      : [];
    const full = singles >= MIN_SINGLES;
    const split = new Set(
      chars
        .filter((c) => c.at >= 0)
        .map((c) => c.piece)
        .filter((p) => chars.every((c, i) => c.piece !== p || (fitted[i] ?? -1) >= 0)),
    );
    chars.forEach((c, i) => {
      const fit = fitted[i] ?? -1;
      if (c.at >= 0 && !split.has(c.piece)) return;
      const column = fit >= 0 ? fit : full ? (near[i] as number) : null;
      if (column === null) return;
      const piece = c.at >= 0 ? part(c.piece, c.at) : c.piece;
      if (c.at >= 0) parts.set(c.piece, [...(parts.get(c.piece) ?? []), piece]);
      columns.set(piece, { column, pitch, fitted: fit >= 0 });
      if (!read) return;
      if (fit >= 0) read.read[fit] = (read.read[fit] as number) + 1;
      else if (column < read.read.length) read.read[column] = null;
    });
  }
  return { pieces: pieces.flatMap((p) => parts.get(p) ?? [p]), columns };
}
