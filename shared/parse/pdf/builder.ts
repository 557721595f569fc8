import type { PagePlace, Span } from "../../model/report.js";
import type { SourceCell, SourceRow } from "../source.js";

/** A cell on its way into the document text. */
export interface OutCell {
  text: string;
  x: number;
  x2: number;
  at?: PagePlace;
  colspan?: number;
  /** A value placed by its position alone (a table drawn without rules). */
  loose?: true;
}

/** A cell's text on one line: tabs and newlines are the row and cell separators of `text`. */
function oneLine(s: string): string {
  return s.replace(/[\s\u00a0]+/g, " ").trim();
}

export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Appends rows to the document text: a row a line, its cells parted by tabs. */
export class Builder {
  private parts: string[] = [];
  private length = 0;
  readonly rows: SourceRow[] = [];

  /** Adds a row unless all its cells are blank; a ruled row keeps its blank cells. */
  add(pieces: OutCell[], tabular: boolean, page: number, keepBlank = false): Span | null {
    const texts = pieces.map((p) => oneLine(p.text));
    if (!texts.some((t) => t)) return null;
    if (this.length > 0) this.push("\n");
    const start = this.length;
    const cells: SourceCell[] = [];
    pieces.forEach((p, i) => {
      const text = texts[i] as string;
      if (!text && !keepBlank && !p.loose) return;
      if (cells.length) this.push("\t");
      const from = this.length;
      this.push(text);
      const cell: SourceCell = { text, span: [from, this.length], x: round(p.x), x2: round(p.x2) };
      if (p.at) cell.at = p.at;
      if (p.colspan && p.colspan > 1) cell.colspan = p.colspan;
      if (p.loose) cell.loose = true;
      cells.push(cell);
    });
    const span: Span = [start, this.length];
    this.rows.push({ cells, span, tabular, page });
    return span;
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  get text(): string {
    return this.parts.join("");
  }
}
