import { T3_SPANNING_HEADS } from "../../templates/table3.js";
import { T4_GROUPS, T4_SPANNING_HEADS } from "../../templates/table4.js";
import { squash } from "../../text/normalize.js";
import type { Piece } from "./spaced.js";
import type { AlignedLine } from "./aligned-line.js";

/** Heads over several columns, which a word processor may spread across them (分散对齐). */
const SPREAD: readonly string[] = [
  ...T3_SPANNING_HEADS,
  ...T4_SPANNING_HEADS,
  ...T4_GROUPS.map((g) => g.label),
];

/** A character alone, or characters one space apart (法 人): letters of a spread head. */
const letters = (p: Piece) => /^\S( \S)*$/u.test(p.text);

/**
 * A head spread across the columns it tops comes out of pdftotext as characters far apart on
 * one line (申      请    人     情    况, 法 人   或 其      他   组 织): pieces of such letters,
 * in a row and spelling the whole of such a head, are one piece, never the tops of heads
 * printed one character a line.
 */
function joinSpread(text: string, labels: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < labels.length; i++) {
    const p = labels[i] as Piece;
    let end = -1;
    let spelt = "";
    for (let j = i; j < labels.length && letters(labels[j] as Piece); j++) {
      spelt += squash((labels[j] as Piece).text);
      if (j > i && SPREAD.includes(spelt)) end = j;
      if (!SPREAD.some((h) => h.startsWith(spelt))) break;
    }
    if (end < 0) {
      out.push(p);
      continue;
    }
    const last = labels[end] as Piece;
    out.push({ text: text.slice(p.from, last.to), from: p.from, to: last.to });
    i = end;
  }
  return out;
}

/** Joins spread heads on the table lines of a space-aligned text. */
export function joinSpreadHeads(lines: AlignedLine[]): void {
  for (const l of lines)
    if (l.table && l.kind === "text" && l.labels.filter(letters).length >= 2)
      l.labels = joinSpread(l.text, l.labels);
}
