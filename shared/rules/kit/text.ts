import type { Report, Span } from "../../model/report.js";
import { cached } from "./cache.js";

/** A piece of the text; `at` maps each character to its offset when lines were joined. */
export interface Piece {
  text: string;
  start: number;
  at?: readonly number[];
}

/** The offset in Report.text of a piece's i-th character. */
export function offset(p: Piece, i: number): number {
  return p.at ? (p.at[i] ?? (p.at[p.at.length - 1] ?? p.start) + 1) : p.start + i;
}

export function spanOf(piece: Piece, index: number, length: number): Span {
  return [offset(piece, index), offset(piece, index + length - 1) + 1];
}

export function slice(p: Piece, from: number, to: number): Piece {
  const text = p.text.slice(from, to);
  return p.at
    ? { text, start: offset(p, from), at: p.at.slice(from, to) }
    : { text, start: p.start + from };
}

function split(piece: Piece, sep: RegExp): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (const m of piece.text.matchAll(sep)) {
    const end = m.index + m[0].length;
    out.push(slice(piece, from, end));
    from = end;
  }
  if (from < piece.text.length) out.push(slice(piece, from, piece.text.length));
  return out.filter((p) => p.text.trim() !== "");
}

/** A table row printed as text (tabs or pipes): not narrative. */
const isTableLine = (line: string) => line.includes("\t") || /\|.*\|/.test(line);
/** A long line without closing punctuation was wrapped (pdf): the sentence goes on. */
const isWrapped = (line: string) => line.trim().length >= 15 && !/[。！？!?；;：:]\s*$/.test(line);
const opensItem =
  /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[、.．])/;

function join(a: Piece, b: Piece): Piece {
  const at = (p: Piece) => p.at ?? Array.from(p.text, (_, i) => p.start + i);
  return { text: a.text + b.text, start: a.start, at: [...at(a), ...at(b)] };
}

/** Paragraphs of the narrative: table lines left out, wrapped lines joined. */
function paragraphs(text: string): Piece[] {
  const out: Piece[] = [];
  let open = false;
  let start = 0;
  for (const line of text.split("\n")) {
    const piece = { text: line, start };
    start += line.length + 1;
    if (line.trim() === "" || isTableLine(line)) {
      open = false;
      continue;
    }
    const prev = out[out.length - 1];
    if (open && prev && !opensItem.test(line)) out[out.length - 1] = join(prev, piece);
    else out.push(piece);
    open = isWrapped(line);
  }
  return out;
}

/** Sentences of the narrative, each with its offsets in the text (memoised: N01, N02 share). */
export const sentences = cached((text: string): Piece[] =>
  paragraphs(text).flatMap((p) => split(p, /[。！？!?]/g)),
);

/** Clauses of a sentence: split at commas, semicolons and colons. */
export function clauses(sentence: Piece): Piece[] {
  return split(sentence, /[，,；;：:]/g);
}

export function cellSpans(report: Report, ids: readonly string[]): Span[] {
  return ids.flatMap((id) => {
    const c = report.cells[id];
    return c ? [c.span] : [];
  });
}
