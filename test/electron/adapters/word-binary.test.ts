import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../../electron/node/adapters/docx.js";
import { wordBinary } from "../../../electron/node/adapters/word-binary.js";
import { readWordBody } from "../../../electron/node/adapters/word-ole.js";
import { sniffFormat } from "../../../electron/node/workers/formats.js";
import { docxDocument } from "../../../shared/parse/docx/rows.js";
import type { SourceDocument } from "../../../shared/parse/source.js";
import { sourceDocument } from "../../../shared/parse/index.js";

const dir = (d: string) => fileURLToPath(new URL(`../../fixtures/${d}/`, import.meta.url));
const SAMPLES = readdirSync(dir("word97"))
  .filter((f) => f.endsWith(".doc"))
  .map((f) => f.slice(0, -4));
const bytes = (d: string, f: string) => new Uint8Array(readFileSync(dir(d) + f));

const grid = (doc: SourceDocument) =>
  doc.rows.filter((r) => r.tabular).map((r) => r.cells.map((c) => [c.text, c.colspan ?? 1]));
const spans = (doc: SourceDocument) =>
  doc.layout?.flatMap((b) =>
    b.kind === "table" ? [b.rows.map((r) => r.map((c) => [c.colspan ?? 1, c.rowspan ?? 1]))] : [],
  );

async function word(d: string, f: string, format: "doc" | "wps" = "doc") {
  const input = await wordBinary(bytes(d, f), format);
  if ("code" in input) throw new Error(input.message);
  const doc = sourceDocument(input);
  if ("code" in doc) throw new Error(doc.message);
  return doc;
}

describe.each(SAMPLES)("%s.doc (LibreOffice's Word 97–2003 of the corpus .docx)", (name) => {
  it("reads the same text, rows and merged cells as the .docx it was saved from", async () => {
    const docx = await readDocx(bytes("corpus", `${name}.docx`));
    if ("code" in docx) throw new Error(docx.message);
    const want = docxDocument(docx);
    const got = await word("word97", `${name}.doc`);
    expect(got.format).toBe("doc");
    expect(got.text).toBe(want.text);
    expect(grid(got)).toEqual(grid(want));
    expect(spans(got)).toEqual(spans(want));
  });
});

describe("Word 97–2003 marks", () => {
  it("ends rows at the row marks Word sets, with each row's cell edges", async () => {
    const body = await readWordBody(bytes("word97", `${SAMPLES[0]}.doc`));
    expect(body.rows.length).toBeGreaterThan(40);
    for (const row of body.rows) {
      expect(body.text[row.at]).toBe("\u0007");
      expect(row.edges.length).toBeGreaterThan(1);
    }
    // Table 三's 本年度办理结果 label is merged down over its rows (vertical merge flags).
    expect(body.rows.some((r) => r.vmerge.includes(3))).toBe(true);
  });
});

describe("WPS 文字 and files that are no Word 97–2003 document", () => {
  it("reads a .wps written in the Word 97–2003 format, as format wps", async () => {
    const doc = await word("word97", "wps-format.wps", "wps");
    expect(doc.format).toBe("wps");
    expect(sniffFormat(bytes("word97", "wps-format.wps"), "报告.wps")).toBe("wps");
  });

  it("refuses a .wps it cannot read with WPS_UNREADABLE, saying to save it as .docx", async () => {
    const oldWps = new TextEncoder().encode("\u0000WPS 2000 document\u0000一、总体情况");
    expect(sniffFormat(oldWps, "旧报告.wps")).toBe("wps");
    const r = await wordBinary(oldWps, "wps");
    expect(r).toMatchObject({ code: "WPS_UNREADABLE", message: /另存为 \.docx/ });
  });

  it("names what is wrong with a .doc: another OLE file, RTF, damage", async () => {
    const ole = bytes("word97", `${SAMPLES[0]}.doc`);
    // The same container with its WordDocument stream renamed: an OLE file of another program.
    const renamed = Buffer.from(ole);
    const name = Buffer.from("WordDocument", "utf16le");
    renamed.set(Buffer.from("WordDocumenX", "utf16le"), renamed.indexOf(name));
    expect(await wordBinary(renamed, "doc")).toMatchObject({
      code: "DOC_CORRUPT",
      message: /没有 Word 正文/,
    });
    expect(await wordBinary(renamed, "wps")).toMatchObject({ code: "WPS_UNREADABLE" });
    const rtf = new TextEncoder().encode("{\\rtf1\\ansi 一、总体情况}");
    expect(await wordBinary(rtf, "doc")).toMatchObject({ code: "DOC_CORRUPT", message: /RTF/ });
    const truncated = ole.subarray(0, 3000);
    expect(await wordBinary(truncated, "doc")).toMatchObject({ code: "DOC_CORRUPT" });
    expect(sniffFormat(ole, "报告")).toBe("doc");
  });
});
