import type { PdfItem } from "./content.js";
import type { Box, GridCell, Lattice } from "./lattice.js";
import { pageLines } from "./lines.js";
import { join } from "./cells.js";

/** A ruled table's cell with the text printed inside it. */
export interface FilledCell extends GridCell {
  /** Its runs joined in reading order ("" for a blank cell). */
  text: string;
  /** The box its text covers; null for a blank cell. */
  ink: Box | null;
  /** The page of `ink` when it is not the table's (a row split by a page break, joined). */
  page?: number;
  /** Its last line of text fills the cell's width: the text may go on past the cell's end. */
  full: boolean;
}

export interface FilledTable {
  lattice: Lattice;
  cells: FilledCell[];
  page: number;
}

/** Where a run's glyphs sit: its baseline less about a third of the size. */
const midY = (it: PdfItem) => it.y - it.h * 0.35;
const WIDE = /[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef]/u;
/** Letter spacing (商 业 企 业) and the space a run puts after a CJK comma mean nothing in a cell. */
const CJK_SPACE =
  /(?<=[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef])\s+(?=[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef])/gu;

function index(bounds: number[], v: number): number {
  for (let i = 0; i + 1 < bounds.length; i++)
    if (v < bounds[i + 1]!) return v >= bounds[i]! ? i : -1;
  return -1;
}

/**
 * A run crossing column boundaries (text that overflows its cell, or a producer that wrote
 * several cells in one run) cut at the boundaries, its characters placed by their share of
 * the run's width (a CJK character is twice a Latin one).
 */
function pieces(it: PdfItem, xs: number[]): PdfItem[] {
  const chars = [...it.str];
  const first = index(xs, it.x + it.h * 0.25);
  const last = index(xs, it.x + it.w - it.h * 0.25);
  if (first === last || chars.length < 2) return [it];
  const units = chars.map((c) => (WIDE.test(c) ? 2 : 1));
  const total = units.reduce((a, b) => a + b, 0);
  const out: PdfItem[] = [];
  let at = 0;
  let cur: PdfItem | undefined;
  let col = -2;
  chars.forEach((c, k) => {
    const x = it.x + (it.w * at) / total;
    const w = (it.w * units[k]!) / total;
    at += units[k]!;
    const j = index(xs, x + w / 2);
    if (cur && j === col) {
      cur.str += c;
      cur.w = x + w - cur.x;
      return;
    }
    col = j;
    cur = { str: c, x, y: it.y, w, h: it.h };
    out.push(cur);
  });
  return out;
}

/** Room a full line leaves in its cell (padding both sides and a character that did not fit). */
const FULL_SLACK = 3;

/** A line's width set solid, in font sizes: letter spacing and spreading (分散对齐) left out. */
function solidWidth(text: string): number {
  let w = 0;
  for (const ch of text.replace(/\s+/g, "")) w += WIDE.test(ch) ? 1 : 0.5;
  return w;
}

/**
 * A cell's runs as one line of text (lines top to bottom, runs left to right), and whether its
 * last line, set solid, fills the cell's width (the text may go on past the cell's end).
 */
export function cellText(runs: PdfItem[], width = Infinity): { text: string; full: boolean } {
  const lines = pageLines(runs).map((l) => ({
    h: l.h,
    text: l.frags.map((f) => f.text).reduce(join),
  }));
  const last = lines[lines.length - 1];
  if (!last) return { text: "", full: false };
  const text = lines
    .map((l) => l.text)
    .reduce(join)
    .replace(CJK_SPACE, "")
    .replace(/\s+/g, " ")
    .trim();
  return { text, full: solidWidth(last.text) * last.h >= width - FULL_SLACK * last.h };
}

function inkOf(runs: PdfItem[]): Box | null {
  const shown = runs.filter((r) => r.str.trim() && r.h > 0);
  if (!shown.length) return null;
  return {
    x: Math.min(...shown.map((r) => r.x)),
    y: Math.min(...shown.map((r) => r.y - r.h * 0.9)),
    x2: Math.max(...shown.map((r) => r.x + r.w)),
    y2: Math.max(...shown.map((r) => r.y + r.h * 0.25)),
  };
}

/**
 * Each run goes to the cell whose box holds its centre; runs outside every table are handed
 * back, in their order, for the rest of the page.
 */
export function fillLattices(
  lattices: Lattice[],
  items: PdfItem[],
  page: number,
): { tables: FilledTable[]; rest: PdfItem[] } {
  const runs = lattices.map((l) => l.cells.map((): PdfItem[] => []));
  const lookup = lattices.map((l) => {
    const cols = l.xs.length - 1;
    const at = new Array<number>((l.ys.length - 1) * cols).fill(-1);
    l.cells.forEach((c, k) => {
      for (let i = c.row; i < c.row + c.rowspan; i++)
        for (let j = c.col; j < c.col + c.colspan; j++) at[i * cols + j] = k;
    });
    return (x: number, y: number) => {
      const i = index(l.ys, y);
      const j = index(l.xs, x);
      return i < 0 || j < 0 ? -1 : (at[i * cols + j] ?? -1);
    };
  });
  const rest: PdfItem[] = [];
  for (const it of items) {
    const y = midY(it);
    const t = lattices.findIndex(
      (l) =>
        y >= l.box.y && y < l.box.y2 && it.x + it.w / 2 >= l.box.x && it.x + it.w / 2 < l.box.x2,
    );
    if (t < 0 || !it.str.trim()) {
      if (t < 0) rest.push(it);
      continue;
    }
    for (const p of pieces(it, lattices[t]!.xs)) {
      const k = lookup[t]!(p.x + p.w / 2, y);
      if (k >= 0) runs[t]![k]!.push(p);
      else rest.push(p);
    }
  }
  const tables = lattices.map((lattice, t) => ({
    lattice,
    page,
    cells: lattice.cells.map((c, k) => {
      const mine = runs[t]![k]!;
      return { ...c, ...cellText(mine, c.box.x2 - c.box.x), ink: inkOf(mine) };
    }),
  }));
  return { tables, rest };
}
