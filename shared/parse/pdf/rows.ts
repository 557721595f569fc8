import type { PagePlace } from "../../model/report.js";
import type { SourceCell, SourceDocument, SourceRow } from "../source.js";
import type { PdfContent } from "./content.js";
import { pageLines, type Line } from "./lines.js";
import { dropFurniture } from "./furniture.js";
import { pageBlocks } from "./blocks.js";
import { tableCells, type BoxCell } from "./cells.js";
import { tableRows } from "./grid.js";
import { joinPageBreaks, type Draft } from "./continuation.js";

/** A cell's text on one line: tabs and newlines are the row and cell separators of `text`. */
function oneLine(s: string): string {
  return s.replace(/[\s\u00a0]+/g, " ").trim();
}

class Builder {
  private parts: string[] = [];
  private length = 0;
  readonly rows: SourceRow[] = [];

  add({ cells: pieces, tabular, page }: Draft): void {
    const texts = pieces.map((p) => oneLine(p.text));
    if (!texts.some((t) => t)) return;
    if (this.length > 0) this.push("\n");
    const start = this.length;
    const cells = pieces.map((p, i): SourceCell => {
      if (i > 0) this.push("\t");
      const text = texts[i] as string;
      const from = this.length;
      this.push(text);
      return {
        text,
        span: [from, this.length],
        x: round(p.x),
        x2: round(p.x2),
        at: place(p, page),
      };
    });
    this.rows.push({ cells, span: [start, this.length], tabular, page });
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  get text(): string {
    return this.parts.join("");
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The box a cell's text covers on its page: from its first line's top (a baseline less the
 * ascent, ~0.9 of the size) to its last line's descent.
 */
function place(c: BoxCell, page: number): PagePlace {
  const top = c.top - c.h * 0.9;
  return {
    page,
    box: [round(c.x), round(top), round(c.x2 - c.x), round(c.bottom + c.h * 0.25 - top)],
  };
}

function proseLine(l: Line): BoxCell {
  const text = l.frags.map((f) => f.text).join(" ");
  return { text, x: l.x, x2: l.x2, top: l.y, bottom: l.y, mid: l.y, h: l.h, value: false };
}

/**
 * Width of the body text: the widest single-run line in the document, and at least 60% of the
 * page (a document of tables alone has no prose to measure).
 */
function proseWidth(pages: Line[][], pageWidth: number): number {
  let w = pageWidth * 0.6;
  for (const lines of pages)
    for (const l of lines) if (l.frags.length === 1) w = Math.max(w, l.x2 - l.x);
  return w;
}

/**
 * A .pdf as rows: every line of prose is a one-cell row; a table (found from the layout of
 * its text) gives one tabular row per table row, its cells left to right with their x extent.
 */
export function pdfDocument(content: PdfContent): SourceDocument {
  const pages = dropFurniture(
    content.pages.map((p) => ({ lines: pageLines(p.items), height: p.height })),
  );
  const width = proseWidth(pages, Math.max(0, ...content.pages.map((p) => p.width)));
  const drafts = pages.flatMap((lines, i) =>
    pageBlocks(lines, width).flatMap((b): Draft[] =>
      b.kind === "prose"
        ? [{ cells: [proseLine(b.line)], tabular: false, page: i + 1 }]
        : tableRows(tableCells(b.lines)).map((cells) => ({ cells, tabular: true, page: i + 1 })),
    ),
  );
  const out = new Builder();
  for (const d of joinPageBreaks(drafts)) out.add(d);
  return { format: "pdf", text: out.text, rows: out.rows, messages: [] };
}
