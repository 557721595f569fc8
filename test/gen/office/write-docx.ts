import {
  AlignmentType,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { OfficeBlock } from "./document.js";
import type { OfficeCell, OfficeTable } from "./grid.js";
import type { Look } from "./look.js";

const FONT = { eastAsia: "Noto Sans CJK SC", ascii: "Noto Sans CJK SC", hAnsi: "Noto Sans CJK SC" };
const twips = (pt: number) => Math.round(pt * 20);
const MARGIN = twips(72);
const PAD = twips(5.4);

function run(text: string, size: number, spacing = 0, bold = false): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: Math.round(size * 2),
    bold,
    ...(spacing ? { characterSpacing: twips(spacing) } : {}),
  });
}

function cellParas(c: OfficeCell, look: Look): Paragraph[] {
  const isHead = c.kind === "head";
  const alignment =
    isHead && look.distributeHeads
      ? AlignmentType.DISTRIBUTE
      : c.kind === "label"
        ? AlignmentType.LEFT
        : AlignmentType.CENTER;
  return c.paras.map(
    (p) =>
      new Paragraph({
        alignment,
        children: [run(p, look.size, isHead ? look.headSpacing : 0)],
      }),
  );
}

const VALIGN = {
  top: VerticalAlignTable.TOP,
  center: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
};

/** A Word table with real merged cells (gridSpan, vMerge), fixed column widths. */
function table(t: OfficeTable, look: Look): Table {
  let col = 0;
  const covered = new Map<number, number>();
  const rows = t.rows.map((r) => {
    col = 0;
    const cells = r.cells.map((c) => {
      while ((covered.get(col) ?? 0) > 0) col++;
      const span = c.colspan ?? 1;
      const width = t.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      for (let k = col; k < col + span; k++) covered.set(k, c.rowspan ?? 1);
      col += span;
      return new TableCell({
        children: cellParas(c, look),
        width: { size: twips(width), type: WidthType.DXA },
        verticalAlign: c.kind === "head" ? VerticalAlignTable.CENTER : VALIGN[look.valign],
        margins: { left: PAD, right: PAD, top: 0, bottom: 0 },
        ...(span > 1 ? { columnSpan: span } : {}),
        ...((c.rowspan ?? 1) > 1 ? { rowSpan: c.rowspan } : {}),
      });
    });
    for (const [k, n] of covered) covered.set(k, n - 1);
    return new TableRow({ children: cells, tableHeader: Boolean(r.head && look.repeatHeader) });
  });
  return new Table({
    rows,
    layout: TableLayoutType.FIXED,
    columnWidths: t.widths.map(twips),
    width: { size: twips(t.widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
  });
}

/** The report as a .docx, A4 with 1 inch margins, the way an office writes one. */
export async function writeDocx(blocks: OfficeBlock[], look: Look): Promise<Uint8Array> {
  const children = blocks.map((b) => {
    if (b.kind === "table") return table(b.table, look);
    if (b.kind === "picture")
      return new Paragraph({
        children: [
          new ImageRun({
            type: "png",
            data: b.png,
            // Points at 96 pixels to the inch, as Word sizes a pasted picture.
            transformation: { width: (b.width * 4) / 3, height: (b.height * 4) / 3 },
          }),
        ],
      });
    if (b.kind === "title")
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run(b.text, 18, 0, true)],
      });
    if (b.kind === "heading") return new Paragraph({ children: [run(b.text, 14, 0, true)] });
    return new Paragraph({ indent: { firstLine: twips(28) }, children: [run(b.text, 14)] });
  });
  const doc = new Document({
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(595.3), height: twips(841.9) },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
