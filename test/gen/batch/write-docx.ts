import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import type { Block } from "./document.js";

function table(rows: string[][]): Table {
  return new Table({
    rows: rows.map(
      (r) =>
        new TableRow({
          children: r.map((text) => new TableCell({ children: [new Paragraph(text)] })),
        }),
    ),
  });
}

/** A Word document with the report's standard tables as Word tables (the `docx` package). */
export async function writeDocx(blocks: Block[]): Promise<Uint8Array> {
  const children = blocks.map((b) => {
    if (b.kind === "table") return table(b.rows);
    if (b.kind === "title") return new Paragraph({ text: b.text, heading: HeadingLevel.TITLE });
    if (b.kind === "heading")
      return new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_1 });
    return new Paragraph(b.text);
  });
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
