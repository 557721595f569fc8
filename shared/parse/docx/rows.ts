import { unifyRadicals } from "../../text/radicals.js";
import type { LayoutBlock, LayoutCell, Span } from "../../model/report.js";
import type { SourceCell, SourceDocument, SourceRow } from "../source.js";
import type { OcrPage } from "../../model/scan.js";
import { ocrDocument, type OcrDocument, type OcrSpan } from "../scan/rows.js";
import type { DocxCell, DocxContent } from "./content.js";

/** Appends lines to the document text and hands back the span each piece landed on. */
class TextBuilder {
  // Appended piece by piece (the engine joins the pieces once, when the text is first read:
  // cheaper than keeping them in an array and joining it).
  private all = "";

  newLine(): number {
    if (this.all.length > 0) this.all += "\n";
    return this.all.length;
  }

  /** Appends text whose span nobody needs (a separator). */
  add(s: string): void {
    this.all += s;
  }

  push(s: string): readonly [number, number] {
    const start = this.all.length;
    this.all += s;
    return [start, this.all.length];
  }

  get position(): number {
    return this.all.length;
  }

  get text(): string {
    return this.all;
  }
}

const BREAKS = /[\t\r\n\u2028\u2029\f]/g;

/**
 * A cell's text on one line: Word's line breaks and tabs (the cell separator) become spaces; a
 * page's text pasted from a PDF may carry its radicals (⺠), read as the ideographs.
 */
function oneLine(s: string): string {
  const has = lookAt(s);
  const t = (has & BREAK ? s.replace(BREAKS, " ") : s).trim();
  return has & RADICAL ? unifyRadicals(t) : t;
}

const BREAK = 1;
const RADICAL = 2;

/**
 * Whether a text has a character of BREAKS, and one in the blocks of CJK radicals (U+2E80–U+2FDF),
 * in one loop: most cells are a few characters and have neither.
 */
function lookAt(s: string): number {
  let has = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Ideographs (most of a report) are past both ranges: two comparisons each.
    if (c >= 0x2e80) {
      if (c <= 0x2fdf) has |= RADICAL;
    } else if (c <= 0x0d ? c >= 0x09 && c !== 0x0b : c === 0x2028 || c === 0x2029) has |= BREAK;
  }
  return has;
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
  const seen = new Seen();
  for (const block of content.blocks) {
    if (block.kind === "picture") {
      if (block.seen) seen.add(block.seen, out, rows, layout);
      continue;
    }
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
      // Made at their length (a few hundred rows: arrays grown by push take room for 17 cells).
      const shown = new Array<LayoutCell>(row.length);
      const cells = new Array<SourceCell>(row.length);
      for (let i = 0; i < row.length; i++) {
        const c = row[i] as DocxCell;
        if (i > 0) out.add("\t");
        const t = oneLine(c.text);
        const span = out.push(t);
        // Each shape made whole (no property added later): a few fixed shapes for the reader.
        const wide = c.colspan > 1;
        const tall = c.rowspan > 1;
        shown[i] = layoutCell(span, wide ? c.colspan : 0, tall ? c.rowspan : 0);
        cells[i] = wide ? { text: t, span, colspan: c.colspan } : { text: t, span };
      }
      rows.push({ cells, span: [start, out.position], tabular: true });
      table.push(shown);
    }
    if (table.length) layout.push({ kind: "table", rows: table });
  }
  const doc: SourceDocument = { format: "docx", text: out.text, rows, messages: [], layout };
  if (content.pictures) doc.pictures = { count: content.pictures };
  return seen.pages.length ? seen.document(doc) : doc;
}

/**
 * The tables recognised in the document's pictures, each picture's rows where it stands (its
 * prose is left out: the document's own text is read as it is). Their cells keep where in the
 * picture they were read and how surely, as a scan's do; `page` numbers the recognised pictures.
 */
class Seen {
  readonly pages: OcrPage[] = [];
  private readonly marks: OcrSpan[] = [];

  add(picture: OcrPage, out: TextBuilder, rows: SourceRow[], layout: LayoutBlock[]): void {
    const blocks = picture.blocks.filter((b) => b.kind === "table");
    if (!blocks.length) return;
    this.pages.push(picture);
    const read = ocrDocument({ pages: [{ ...picture, blocks }] });
    const at = out.newLine();
    out.add(read.text);
    const shift = ([a, b]: Span): Span => [a + at, b + at];
    const page = this.pages.length;
    for (const { span, cells, tabular } of read.rows)
      rows.push({
        span: shift(span),
        cells: cells.map((c) => ({ ...c, span: shift(c.span) })),
        tabular,
      });
    const marks = read.marks.map((m) => ({ ...m, page, span: shift(m.span) }));
    this.marks.push(...marks);
    // The source pane shows each table as the picture's grid (the marks in the order read).
    let next = 0;
    for (const b of blocks) {
      if (b.kind !== "table") continue;
      const table: LayoutCell[][] = [];
      for (let r = 0; r < b.rows; r++) {
        const row = b.cells.filter((c) => c.row === r).sort((x, y) => x.col - y.col);
        if (!row.length) continue;
        table.push(
          row.map((c) => {
            const span = (marks[next++] as OcrSpan).span;
            return layoutCell(span, c.colspan > 1 ? c.colspan : 0, c.rowspan > 1 ? c.rowspan : 0);
          }),
        );
      }
      if (table.length) layout.push({ kind: "table", rows: table });
    }
  }

  document(doc: SourceDocument): OcrDocument {
    const pages = this.pages.map((p) => ({ width: p.width, height: p.height, skew: p.skew }));
    return { ...doc, marks: this.marks, lines: [], pages };
  }
}
