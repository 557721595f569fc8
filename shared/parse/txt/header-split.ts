import type { Piece } from "./spaced.js";
import type { AlignedLine } from "./aligned-lines.js";

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
      if (!p.text.includes(" ")) return [p];
      for (const n of near) {
        const at = cuts(p, n.labels);
        if (at.length) return splitAt(p, at);
      }
      return [p];
    });
  });
}
