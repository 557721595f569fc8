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

/** Lines a wrapped label's lines may stand apart (lines of upright heads between them). */
const WRAP_GAP = 2;

/** Punctuation, which no column head prints. */
const PUNCTUATION = /[（）()，,：:、；;]/u;

/** A line of a wrapped label: words one space apart at most (a spread head's letters stand
 * further apart), not letters alone unless they hold punctuation (（ 本 列 数 据 … 第 一). */
const dense = (p: Piece) =>
  !p.text.includes("  ") &&
  (!letters(p) || PUNCTUATION.test(p.text)) &&
  p.text.replace(/ /g, "").length >= 4;

/**
 * The last line of a label wrapped in its cell, spread across the cell's width (分散对齐: 和  ）
 * under 第二项之和，等于第三项加第四项之): letters from the left edge of the label's last line
 * above to its right edge, that line itself under a line of the label as wide (lines of upright
 * heads beside the label may stand between). One piece, never tops of heads printed upright.
 */
function joinSpreadLast(l: AlignedLine, above: readonly AlignedLine[]): void {
  above.forEach((up, k) => {
    if (l.rank - up.rank > WRAP_GAP) return;
    for (const q of up.labels.filter(dense)) {
      // A wrapped label's first lines are its widest.
      const wrapped = above
        .slice(k + 1)
        .filter((h) => up.rank - h.rank <= WRAP_GAP)
        .some((h) =>
          h.labels.some((p) => dense(p) && Math.abs(p.from - q.from) <= 1 && p.to >= q.to),
        );
      const spread = l.labels.filter((p) => letters(p) && p.from >= q.from - 1 && p.to <= q.to + 1);
      const first = spread[0];
      const last = spread[spread.length - 1];
      if (!wrapped || spread.length < 2 || !first || !last) continue;
      if (Math.abs(first.from - q.from) > 1 || Math.abs(last.to - q.to) > 1) continue;
      const joined = { text: l.text.slice(first.from, last.to), from: first.from, to: last.to };
      l.labels = [...l.labels.filter((p) => !spread.includes(p)), joined].sort(
        (a, b) => a.from - b.from,
      );
    }
  });
}

/** Joins spread heads and spread last lines of wrapped labels on the table lines of a text. */
export function joinSpreadHeads(lines: AlignedLine[]): void {
  const text = lines.filter((l) => l.table && l.kind === "text");
  text.forEach((l, i) => {
    if (l.labels.filter(letters).length >= 2) l.labels = joinSpread(l.text, l.labels);
    const above = text
      .slice(Math.max(0, i - 2 * WRAP_GAP), i)
      .reverse()
      .filter((a) => l.rank - a.rank <= 2 * WRAP_GAP);
    joinSpreadLast(l, above);
  });
}
