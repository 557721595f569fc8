import PDFDocument from "pdfkit";
import { readFileSync } from "node:fs";
import type { Block } from "./document.js";
import { columnsOf, slotsOf } from "./pdf-slots.js";

export const CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
let font: Buffer | null = null;

const PAGE = { width: 595, height: 842, margin: 56 };
const LABEL_WIDTH = 190;
/** The label area split for rows printing one, two or three label cells (group, sub-group, row). */
const LABEL_SPLIT = [[1], [0.24, 0.76], [0.24, 0.36, 0.4]];
const TABLE_SIZE = 7.5;

/**
 * How a row's cells sit when some have more lines than others: Word's default is top, a merged
 * cell exported by WPS or LibreOffice is often centred, some templates set bottom.
 */
export type CellAlign = "top" | "centre" | "bottom";

export interface PdfLook {
  align: CellAlign;
  /** A table broken by a page prints its header rows again on the new page (重复标题行). */
  repeatHeader: boolean;
}

/** Draws one table as positioned text: labels at the left, values centred in their columns. */
function drawTable(
  doc: PDFKit.PDFDocument,
  rows: string[][],
  table: 2 | 3 | 4,
  { align, repeatHeader }: PdfLook,
) {
  const left = PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  const labelWidth = table === 4 ? 0 : LABEL_WIDTH;
  doc.fontSize(TABLE_SIZE);
  let columns = columnsOf(table, rows);
  let y = doc.y + 4;
  const headerEnd = rows.findIndex((r) => r.some((t) => /^[+-]?\d/.test(t)));
  let repeating = false;
  const drawRow = (row: string[], index: number) => {
    if (table === 2 && row.length === 1) columns = columnsOf(2, rows.slice(index + 1, index + 4));
    const col = (width - labelWidth) / columns;
    const slots = slotsOf(table, row, index, columns);
    const nLabels = slots.filter((s) => s === null).length;
    const split = LABEL_SPLIT[Math.min(nLabels, 3) - 1] ?? [1];
    let k = 0;
    let at = left;
    const boxes = row.map((text, i) => {
      const s = slots[i];
      if (s === null) {
        const w = (split[k++] ?? 0) * (labelWidth || width);
        at += w;
        return text ? { text, x: at - w, w: w - 3, align: "left" as const } : null;
      }
      if (!s || !text) return null;
      const x = left + labelWidth + s[0] * col;
      return { text, x, w: (s[1] - s[0] + 1) * col - 2, align: "center" as const };
    });
    const h = Math.max(...boxes.map((b) => (b ? doc.heightOfString(b.text, { width: b.w }) : 0)));
    if (y + h > PAGE.height - PAGE.margin) {
      doc.addPage();
      y = PAGE.margin;
      if (repeatHeader && !repeating && headerEnd > 0) {
        repeating = true;
        rows.slice(0, headerEnd).forEach(drawRow);
        repeating = false;
      }
    }
    // "centre": a row that opens a group (（四）无法提供) or has a label of many lines is centred
    // vertically, as a merged cell exports; the others are top-aligned.
    const centred =
      align === "centre" &&
      nLabels === 3 &&
      (Boolean(row[1]) || h > 3 * doc.currentLineHeight(true));
    for (const b of boxes)
      if (b) {
        const room = h - doc.heightOfString(b.text, { width: b.w });
        const dy = align === "bottom" ? room : centred ? room / 2 : 0;
        doc.text(b.text, b.x, y + dy, { width: b.w, align: b.align });
      }
    y += h + 5;
  };
  rows.forEach(drawRow);
  doc.x = left;
  doc.y = y + 4;
}

/** A PDF with real text (Noto Sans CJK, embedded by pdfkit) that pdf.js extracts. */
export function writePdf(
  blocks: Block[],
  look: PdfLook = { align: "centre", repeatHeader: false },
  /** Draws more on the last page (positioned runs a test is about). */
  after?: (doc: PDFKit.PDFDocument) => void,
): Promise<Uint8Array> {
  font ??= readFileSync(CJK_FONT);
  const doc = new PDFDocument({ size: "A4", margin: PAGE.margin, compress: true });
  doc.registerFont("cjk", font, "NotoSansCJKsc-Regular");
  doc.font("cjk");
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  let table: 2 | 3 | 4 = 2;
  for (const b of blocks) {
    const opts = { width: PAGE.width - 2 * PAGE.margin };
    if (b.kind === "title")
      doc
        .fontSize(15)
        .text(b.text, { ...opts, align: "center" })
        .moveDown();
    else if (b.kind === "heading") doc.fontSize(11).text(b.text, opts).moveDown(0.3);
    else if (b.kind === "para") doc.fontSize(10).text(b.text || " ", opts);
    else drawTable(doc, b.rows, table++ as 2 | 3 | 4, look);
  }
  after?.(doc);
  doc.end();
  return done;
}
