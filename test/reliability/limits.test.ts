import { describe, expect, it } from "vitest";
import { readPdf } from "../../electron/node/adapters/pdf.js";
import { DOCX_LIMITS, unpackDocx, tableDepth } from "../../electron/node/adapters/zip-guard.js";
import { LIMITS, overLimits } from "../../shared/parse/limits.js";
import { txtDocument } from "../../shared/parse/txt/document.js";
import { docx, documentXml, nestedTables } from "./gen/docx.js";
import { fixture } from "./cases.js";

const SAMPLE_TXT = fixture("corpus", "002_6e005d299800cb62.txt");

describe("each parse limit gives a clear Chinese error when hit", () => {
  it("text, rows and cells", () => {
    const doc = txtDocument(SAMPLE_TXT);
    if ("code" in doc) throw new Error(doc.code);
    expect(overLimits(doc)).toBeNull();
    const at = (l: Partial<typeof LIMITS>) => overLimits(doc, { ...LIMITS, ...l });
    expect(at({ textChars: 1000 })).toMatchObject({
      code: "TOO_COMPLEX",
      message: /正文约.*字，上限/,
    });
    expect(at({ rows: 10 })).toMatchObject({ code: "TOO_COMPLEX", message: /行，上限 10 行/ });
    expect(at({ cells: 50 })).toMatchObject({ code: "TOO_COMPLEX", message: /单元格，上限 50 个/ });
    expect(txtDocument(SAMPLE_TXT, { ...LIMITS, txtBytes: 1000 })).toMatchObject({
      code: "FILE_TOO_LARGE",
      message: /文本文件上限/,
    });
  });

  it("pages and time of a PDF", async () => {
    const pdf = fixture("corpus", "002_6e005d299800cb62.pdf");
    expect(await readPdf(pdf, { maxPages: 1 })).toMatchObject({
      code: "TOO_COMPLEX",
      message: /页，上限 1 页/,
    });
    expect(await readPdf(pdf, { deadlineMs: 1 })).toMatchObject({
      code: "TOO_COMPLEX",
      message: /读取/,
    });
    expect(await readPdf(pdf)).toHaveProperty("pages");
  });

  it("unpacked size, entries and table nesting of a .docx", async () => {
    const real = fixture("corpus", "002_6e005d299800cb62.docx");
    const parts = await unpackDocx(real);
    expect(parts).toHaveProperty("xml");
    expect(parts).not.toHaveProperty("code");
    const at = (l: Partial<typeof DOCX_LIMITS>, bytes: Uint8Array = real) =>
      unpackDocx(bytes, { ...DOCX_LIMITS, ...l });
    expect(await at({ partBytes: 10_000 })).toMatchObject({
      code: "TOO_COMPLEX",
      message: /解压后/,
    });
    expect(await at({ xmlBytes: 10_000 })).toMatchObject({
      code: "TOO_COMPLEX",
      message: /解压后超过/,
    });
    expect(await at({ entries: 2 })).toMatchObject({
      code: "TOO_COMPLEX",
      message: /个文件，上限 2/,
    });
    expect(await at({ tableDepth: 3 }, docx(nestedTables(4)))).toMatchObject({
      code: "TOO_COMPLEX",
      message: "文件结构过于复杂，超出解析上限：表格嵌套 4 层，上限 3 层",
    });
    expect(await at({ tableDepth: 4 }, docx(nestedTables(4)))).not.toHaveProperty("code");
    expect(tableDepth(documentXml(nestedTables(7)))).toBe(7);
  });
});
