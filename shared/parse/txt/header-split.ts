import type { Piece } from "./spaced.js";
import type { AlignedLine } from "./aligned-line.js";

/** Where a piece may split: a space standing in the gap between two pieces of `other`. */
function cuts(p: Piece, other: readonly Piece[]): number[] {
  const under = other.filter((o) => o.from >= p.from - 1 && o.to <= p.to + 1);
  if (under.length < 2) return [];
  const out: number[] = [];
  for (let i = p.text.indexOf(" "); i >= 0; i = p.text.indexOf(" ", i + 1)) {
    const at = p.from + i;
    if (under.some((a) => a.to <= at + 1) && under.some((b) => b.from >= at)) out.push(i);
  }
  return out;
}

function splitAt(p: Piece, at: number[]): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (const i of [...at, p.text.length]) {
    const text = p.text.slice(from, i).trim();
    if (text) {
      const lead = p.text.slice(from, i).length - p.text.slice(from, i).trimStart().length;
      out.push({ text, from: p.from + from + lead, to: p.from + from + lead + text.length });
    }
    from = i + 1;
  }
  return out;
}

/** The word of `t` (between spaces) around index `i`, on the side `dir`. */
function wordBeside(t: string, i: number, dir: 1 | -1): string {
  const rest = dir > 0 ? t.slice(i + 1) : t.slice(0, i);
  const words = rest.split(" ");
  return (dir > 0 ? words[0] : words[words.length - 1]) ?? "";
}

/**
 * Where a piece of two cells set one space apart (社会 法律) may split: a space between words of
 * two characters or more that a piece of the line below or above also has at its place (公益 服务),
 * a column's edge down the head. Spaced letters (商 业 企 业) are one cell's.
 */
function sharedGaps(p: Piece, other: readonly Piece[]): number[] {
  const out: number[] = [];
  const words = (t: string, i: number) =>
    wordBeside(t, i, -1).length >= 2 && wordBeside(t, i, 1).length >= 2;
  for (let i = p.text.indexOf(" "); i >= 0; i = p.text.indexOf(" ", i + 1)) {
    if (!words(p.text, i)) continue;
    const at = p.from + i;
    const shared = other.some((q) => {
      const j = at - q.from;
      const ends = q.from < at && Math.abs(q.to - at) <= 1;
      return ends || [j - 1, j, j + 1].some((k) => q.text[k] === " " && words(q.text, k));
    });
    if (shared) out.push(i);
  }
  return out;
}

/**
 * Header cells set close together come out one space apart (科研机 社会组 法律服务机) while the
 * next line's ends of those cells stand apart (构   织    构): split such a piece where its
 * spaces fall between the pieces of the line below or above.
 */
export function splitHeaders(lines: AlignedLine[]) {
  const text = lines.filter((l) => l.table && l.kind === "text");
  text.forEach((l, i) => {
    const near = [text[i + 1], text[i - 1], text[i + 2], text[i - 2]].filter(
      (n): n is AlignedLine => n !== undefined && Math.abs(n.rank - l.rank) <= 2,
    );
    l.labels = l.labels.flatMap((p) => {
      // Letters one space apart (社 会 法 律) are read against the template's heads
      // (upright-heads.ts), not cut by where a spread line's letters stand.
      if (!p.text.includes(" ") || /^\S( \S)+$/u.test(p.text)) return [p];
      const cut = near.map((n) => cuts(p, n.labels)).find((at) => at.length) ?? [];
      const at = new Set([...cut, ...near.flatMap((n) => sharedGaps(p, n.labels))]);
      return at.size
        ? splitAt(
            p,
            [...at].sort((a, b) => a - b),
          )
        : [p];
    });
  });
}
