import type { SourceCell } from "../source.js";

/** A line of the text (without its newline) and where it starts. */
export interface TextLine {
  text: string;
  start: number;
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ text: text.slice(start, end), start });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

/**
 * A cell from a raw slice [start, end) of the text, trimmed, with its span; a cell wrapped over
 * lines reads as one line.
 */
export function cellAt(text: string, start: number, end: number): SourceCell {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  return { text: text.slice(s, e).replace(/\s*\n\s*/g, ""), span: [s, e] };
}
