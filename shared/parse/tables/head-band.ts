import { labelKey } from "../keys.js";
import type { Label } from "./parts.js";

// Table 三's column heads read from the whole head band of a table printed without rules
// (template.md: 申请人情况 over 自然人, 法人或其他组织 over five sub-heads, 总计): a narrow
// column wraps its head over lines that come as rows of their own (商业 / 企业), sets it
// letter-spaced (自 然 / 人) or stacks it (法 律 / 服 务 / 机构), and the spanning head over
// the sub-heads stands over several of them. Each column is the stack of pieces one above
// another, its name their characters line by line; the spanning heads are left out.

/** A piece of a head: its key, where it stands, and the head row it was printed in. */
interface Piece {
  key: string;
  x: number;
  x2: number;
  row: number;
}

/** A column's stack of pieces. */
interface Stack {
  pieces: Piece[];
  x: number;
  x2: number;
}

/** What a band read names: each named column's centre, by template column index. */
export type BandAnchors = Map<number, number>;

function stackKey(s: Stack): string {
  const order = s.pieces.slice().sort((a, b) => a.row - b.row || a.x - b.x);
  return order.map((p) => p.key).join("");
}

/** Pieces that overlap one another across the band's rows, as stacks from left to right. */
function stacks(pieces: readonly Piece[]): Stack[] {
  const out: Stack[] = [];
  for (const p of pieces.slice().sort((a, b) => a.x - b.x)) {
    const last = out[out.length - 1];
    if (last && p.x < last.x2) {
      last.pieces.push(p);
      last.x2 = Math.max(last.x2, p.x2);
    } else out.push({ pieces: [p], x: p.x, x2: p.x2 });
  }
  return out;
}

/** The width of one character of a stack's pieces (the narrowest piece's). */
function charWidth(s: Stack): number {
  return Math.min(...s.pieces.map((p) => (p.x2 - p.x) / Math.max(1, p.key.length)));
}

/**
 * The columns a band names: each stack whose characters are a column's name exactly, or a few
 * neighbouring stacks a character apart at most whose characters together are (a head set
 * letter-spaced), their names in the template's order from left to right; empty otherwise.
 */
export function bandAnchors(
  rows: readonly Label[][],
  over: RegExp,
  columnOf: (key: string) => number | null,
): BandAnchors {
  const pieces: Piece[] = [];
  rows.forEach((labels, row) => {
    for (const l of labels) {
      const { x, x2 } = l.cell;
      if (x === undefined || x2 === undefined || !l.key) continue;
      // The spanning head with a sub-head's line run into it (pdf.js joined the two lines):
      // the sub-head stands under it, inside its width.
      const key = over.test(l.key) ? l.key.replace(new RegExp(over.source, "gu"), "") : l.key;
      if (key) pieces.push({ key, x, x2, row });
    }
  });
  const all = stacks(pieces);
  const found: BandAnchors = new Map();
  for (let i = 0; i < all.length; i++) {
    for (let n = 1; n <= 3 && i + n <= all.length; n++) {
      const group = all.slice(i, i + n);
      const apart = group.some((s, j) => j > 0 && s.x - (group[j - 1] as Stack).x2 > charWidth(s));
      if (apart) break;
      const merged: Stack = {
        pieces: group.flatMap((s) => s.pieces),
        x: (group[0] as Stack).x,
        x2: (group[n - 1] as Stack).x2,
      };
      const col = columnOf(labelKey(stackKey(merged)));
      if (col === null) continue;
      if (found.has(col)) return new Map();
      found.set(col, (merged.x + merged.x2) / 2);
      i += n - 1;
      break;
    }
  }
  const order = [...found].sort((a, b) => a[0] - b[0]);
  const increasing = order.every(
    ([, x], j) => j === 0 || x > (order[j - 1] as [number, number])[1],
  );
  return increasing ? found : new Map();
}
