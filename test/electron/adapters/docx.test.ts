import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_DOCX_BYTES, readDocx } from "../../../electron/node/adapters/docx.js";
import type { DocxBlock, DocxCell } from "../../../shared/parse/docx/content.js";

const fixture = (dir: string) => fileURLToPath(new URL(`../../fixtures/${dir}/`, import.meta.url));
const FILES = ["corpus", "examples"].flatMap((d) =>
  readdirSync(fixture(d))
    .filter((f) => f.endsWith(".docx"))
    .map((f) => ({ name: f, path: fixture(d) + f })),
);
const SAMPLE = readFileSync(fixture("corpus") + "000_717827ae4ea6615a.docx");

type Table = Extract<DocxBlock, { kind: "table" }>;
const cellWith = (table: Table, text: string): DocxCell | undefined =>
  table.rows.flat().find((c) => c.text === text);

/** The same bytes with every occurrence of an ASCII string replaced by one of equal length. */
function replaceAscii(bytes: Uint8Array, from: string, to: string): Uint8Array {
  return new Uint8Array(
    Buffer.from(Buffer.from(bytes).toString("latin1").split(from).join(to), "latin1"),
  );
}

describe.each(FILES)("readDocx($name)", ({ path }) => {
  it("reads three tables with table 三's merged label cells", async () => {
    const content = await readDocx(readFileSync(path));
    if ("code" in content) throw new Error(content.message);
    const tables = content.blocks.filter((b): b is Table => b.kind === "table");
    expect(tables).toHaveLength(3);
    const t3 = tables[1]!;
    const result = cellWith(t3, "三、本年度办理结果");
    const other = t3.rows.find((r) => r.some((c) => c.text.startsWith("（六）其他处理")));
    // 2021 splits （六）其他处理 into three rows, so the result label spans two more rows.
    const twentyOne = other?.length === 9;
    expect(result?.rowspan).toBe(twentyOne ? 22 : 20);
    expect(cellWith(t3, "（三）不予公开")?.rowspan).toBe(8);
    expect(cellWith(t3, "申请人情况")?.colspan).toBe(7);
    expect(cellWith(tables[2]!, "行政诉讼")?.colspan).toBe(10);
    expect(content.blocks[0]).toMatchObject({ kind: "p" });
  });
});

describe("readDocx on files that are not readable Word documents", () => {
  it("an empty input is EMPTY_FILE", async () => {
    expect(await readDocx(new Uint8Array())).toMatchObject({ code: "EMPTY_FILE" });
  });

  it("a truncated .docx is DOCX_CORRUPT", async () => {
    const half = SAMPLE.subarray(0, SAMPLE.length >> 1);
    expect(await readDocx(half)).toMatchObject({ code: "DOCX_CORRUPT" });
  });

  it("a .pdf's bytes are DOCX_CORRUPT", async () => {
    const pdf = readFileSync(fixture("corpus") + "000_717827ae4ea6615a.pdf");
    expect(await readDocx(pdf)).toMatchObject({ code: "DOCX_CORRUPT", message: /PDF/ });
  });

  it("text, a legacy .doc header and a zip without a Word body are DOCX_CORRUPT", async () => {
    expect(await readDocx(new TextEncoder().encode("一、总体情况"))).toMatchObject({
      code: "DOCX_CORRUPT",
    });
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await readDocx(ole)).toMatchObject({ code: "DOCX_CORRUPT", message: /\.doc/ });
    const noBody = replaceAscii(SAMPLE, "word/document.xml", "word/documenX.xml");
    expect(await readDocx(noBody)).toMatchObject({
      code: "DOCX_CORRUPT",
      message: /不是 Word 文档/,
    });
  });

  it("damaged bytes inside the zip never make it throw", async () => {
    for (const at of [0.2, 0.4, 0.6, 0.8, 0.95]) {
      const bad = new Uint8Array(SAMPLE);
      const from = Math.floor(SAMPLE.length * at);
      bad.fill(0x41, from, from + 64);
      const result = await readDocx(bad);
      if ("code" in result) expect(result.code).toBe("DOCX_CORRUPT");
      else expect(Array.isArray(result.blocks)).toBe(true);
    }
  });

  it("more than 50 MB is FILE_TOO_LARGE", async () => {
    const big = new Uint8Array(MAX_DOCX_BYTES + 1);
    big.set(SAMPLE.subarray(0, 4));
    expect(await readDocx(big)).toMatchObject({ code: "FILE_TOO_LARGE" });
  });
});
