import type { LayoutBlock, LayoutCell, Span } from "../../model/report.js";
import type { SourceCell, SourceDocument, SourceRow } from "../source.js";
import type { DocxContent } from "./content.js";

/** Appends lines to the document text and hands back the span each piece landed on. */
class TextBuilder {
  private parts: string[] = [];
  private length = 0;

  newLine(): number {
    if (this.length > 0) this.add("\n");
    return this.length;
  }

  /** Appends text whose span nobody needs (a separator). */
  add(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  push(s: string): readonly [number, number] {
    const start = this.length;
    this.parts.push(s);
    this.length += s.length;
    return [start, this.length];
  }

  get position(): number {
    return this.length;
  }

  get text(): string {
    return this.parts.join("");
  }
}

const BREAK = /[\t\r\n\u2028\u2029\f]/;
const BREAKS = /[\t\r\n\u2028\u2029\f]/g;

/** A cell's text on one line: Word's line breaks and tabs (the cell separator) become spaces. */
function oneLine(s: string): string {
  return (BREAK.test(s) ? s.replace(BREAKS, " ") : s).trim();
}

function layoutCell(span: Span, colspan: number, rowspan: number): LayoutCell {
  if (colspan && rowspan) return { span, colspan, rowspan };
  if (colspan) return { span, colspan };
  return rowspan ? { span, rowspan } : { span };
}

/**
 * A .docx as rows: each paragraph is a line and a one-cell row; each Word table row is a line
 * of its cells joined by tabs and a tabular row with one cell per printed (merged) cell.
 */
export function docxDocument(content: DocxContent): SourceDocument {
  const out = new TextBuilder();
  const rows: SourceRow[] = [];
  const layout: LayoutBlock[] = [];
  for (const block of content.blocks) {
    if (block.kind === "p") {
      const t = oneLine(block.text);
      if (!t) continue;
      out.newLine();
      const span = out.push(t);
      rows.push({ cells: [{ text: t, span }], span, tabular: false });
      layout.push(
        block.heading ? { kind: "p", span, heading: block.heading } : { kind: "p", span },
      );
      continue;
    }
    const table: LayoutCell[][] = [];
    for (const row of block.rows) {
      if (!row.length) continue;
      const start = out.newLine();
      const shown: LayoutCell[] = [];
      const cells = row.map((c, i): SourceCell => {
        if (i > 0) out.add("\t");
        const t = oneLine(c.text);
        const span = out.push(t);
        // Each shape made whole (no property added later): a few fixed shapes for the reader.
        const wide = c.colspan > 1;
        const tall = c.rowspan > 1;
        shown.push(layoutCell(span, wide ? c.colspan : 0, tall ? c.rowspan : 0));
        return wide ? { text: t, span, colspan: c.colspan } : { text: t, span };
      });
      rows.push({ cells, span: [start, out.position], tabular: true });
      table.push(shown);
    }
    if (table.length) layout.push({ kind: "table", rows: table });
  }
  return { format: "docx", text: out.text, rows, messages: [], layout };
}
