import type { Report, Span } from "../../model/report.js";

export interface Piece {
  text: string;
  start: number;
}

/** A table row printed as text (tabs or pipes): not narrative. */
function isTableLine(line: string): boolean {
  return line.includes("\t") || /\|.*\|/.test(line);
}

function split(piece: Piece, sep: RegExp): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (const m of piece.text.matchAll(sep)) {
    const end = m.index + m[0].length;
    out.push({ text: piece.text.slice(from, end), start: piece.start + from });
    from = end;
  }
  if (from < piece.text.length)
    out.push({ text: piece.text.slice(from), start: piece.start + from });
  return out.filter((p) => p.text.trim() !== "");
}

/** Sentences of the narrative (table lines left out), each with its offset in the text. */
export function sentences(text: string): Piece[] {
  return split({ text, start: 0 }, /\n/g)
    .filter((line) => !isTableLine(line.text))
    .flatMap((line) => split(line, /[。！？!?]/g));
}

/** Clauses of a sentence: split at commas, semicolons and colons. */
export function clauses(sentence: Piece): Piece[] {
  return split(sentence, /[，,；;：:]/g);
}

export function spanOf(piece: Piece, index: number, length: number): Span {
  const start = piece.start + index;
  return [start, start + length];
}

export function cellSpans(report: Report, ids: readonly string[]): Span[] {
  return ids.flatMap((id) => {
    const c = report.cells[id];
    return c ? [c.span] : [];
  });
}
