import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { pageRules, type Matrix } from "../../../electron/node/adapters/pdf-rules.js";
import { pathOps } from "../../../electron/node/adapters/pdf-options.js";
import { readPdf } from "../../../electron/node/adapters/pdf.js";
import PDFDocument from "pdfkit";
import { pdfDocument } from "../../../shared/parse/pdf/rows.js";
import { CJK_FONT } from "../../gen/batch/write-pdf.js";

const ops = pathOps(OPS);
// pdf.js v5 DrawOPS in constructPath buffers.
const M = 0;
const L = 1;
const C = 2;
const Z = 4;
/** The viewport of an A4 page at scale 1: y flipped to grow down from the top. */
const VIEW: Matrix = [1, 0, 0, -1, 0, 842];

type Op = [number, unknown[] | null];
const list = (...items: Op[]) => ({
  fnArray: items.map((i) => i[0]),
  argsArray: items.map((i) => i[1]),
});
const path = (paint: number, ...buf: number[]): Op => [
  OPS.constructPath,
  [paint, [new Float32Array(buf)], null],
];
const round = (r: { x: number; y: number; x2: number; y2: number }) =>
  [r.x, r.y, r.x2, r.y2].map((v) => Math.round(v * 100) / 100);

describe("pageRules: the lines a page draws, from its operator list", () => {
  it("a stroked segment under the transform in force; save/restore scope it", () => {
    const rules = pageRules(
      list(
        [OPS.setLineWidth, [1]],
        [OPS.save, null],
        [OPS.transform, [2, 0, 0, 2, 10, 0]],
        path(OPS.stroke, M, 0, 100, L, 100, 100),
        [OPS.restore, null],
        path(OPS.stroke, M, 50, 700, L, 50, 600),
      ),
      VIEW,
      ops,
    );
    expect(rules.map(round)).toEqual([
      [10, 641, 210, 643],
      [49.5, 142, 50.5, 242],
    ]);
  });

  it("a stroked rectangle is four rules; a thin filled one is one (Word's borders); shading is none", () => {
    const rules = pageRules(
      list(
        [OPS.setLineWidth, [0.5]],
        path(OPS.stroke, M, 0, 0, L, 100, 0, L, 100, 20, L, 0, 20, Z),
        path(OPS.fill, M, 200, 400, L, 400, 400, L, 400, 400.5, L, 200, 400.5, Z),
        path(OPS.fill, M, 200, 300, L, 400, 300, L, 400, 330, L, 200, 330, Z),
      ),
      VIEW,
      ops,
    );
    expect(rules.map(round)).toEqual([
      [0, 841.75, 100, 842.25],
      [99.75, 822, 100.25, 842],
      [0, 821.75, 100, 822.25],
      [-0.25, 822, 0.25, 842],
      [200, 441.5, 400, 442],
    ]);
  });

  it("leaves out white lines, clipping paths, curves and slanted lines", () => {
    const rules = pageRules(
      list(
        [OPS.setStrokeRGBColor, ["#ffffff"]],
        path(OPS.stroke, M, 0, 10, L, 100, 10),
        [OPS.setStrokeRGBColor, ["#000000"]],
        path(OPS.endPath, M, 0, 20, L, 100, 20),
        path(OPS.stroke, M, 0, 30, C, 30, 40, 60, 40, 100, 30),
        path(OPS.stroke, M, 0, 50, L, 100, 80),
      ),
      VIEW,
      ops,
    );
    expect(rules).toEqual([]);
  });

  it("follows a form XObject's matrix until the form ends", () => {
    const rules = pageRules(
      list(
        [OPS.paintFormXObjectBegin, [new Float32Array([1, 0, 0, 1, 100, 0]), null]],
        path(OPS.stroke, M, 0, 0, L, 0, 50),
        [OPS.paintFormXObjectEnd, []],
        path(OPS.stroke, M, 0, 0, L, 0, 50),
      ),
      VIEW,
      ops,
    );
    expect(rules.map((r) => Math.round((r.x + r.x2) / 2))).toEqual([100, 0]);
  });
});

describe("readPdf reads the rules of the pages that show a table", () => {
  it("a published WPS PDF: its table pages' rules, none read on pages of prose", async () => {
    const file = fileURLToPath(new URL("../../fixtures/real/hzq2023.pdf", import.meta.url));
    const c = await readPdf(new Uint8Array(readFileSync(file)));
    if ("code" in c) throw new Error(c.message);
    expect(c.pages.map((p) => p.rules !== undefined)).toEqual([false, true, true, true, false]);
    const rules = c.pages[2]?.rules ?? [];
    const level = rules.filter((r) => r.x2 - r.x > r.y2 - r.y);
    expect(level.length).toBeGreaterThan(10);
    expect(rules.length - level.length).toBeGreaterThan(10);
    for (const r of rules) expect(Math.min(r.x2 - r.x, r.y2 - r.y)).toBeLessThan(2);
  });
});

describe("readPdf reads the drawing of a page a ruled table goes on to", () => {
  it("the rest of a split row, no number on its page, is joined to its row", async () => {
    const doc = new PDFDocument({ size: "A4", margin: 50 });
    doc.registerFont("cjk", readFileSync(CJK_FONT), "NotoSansCJKsc-Regular").font("cjk");
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    const done = new Promise<Uint8Array>((ok) =>
      doc.on("end", () => ok(new Uint8Array(Buffer.concat(chunks)))),
    );
    const rows = (ys: number[]) => {
      for (const y of ys) doc.moveTo(50, y).lineTo(300, y);
      for (const x of [50, 155, 300]) doc.moveTo(x, ys[0]!).lineTo(x, ys[ys.length - 1]!);
      doc.lineWidth(0.5).stroke();
    };
    doc.fontSize(12).text("三、收到和处理政府信息公开申请情况", 50, 660);
    rows([700, 730, 792]);
    doc.fontSize(9).text("1.属于国家秘密", 53, 710).text("3", 220, 710);
    doc.text("2.申请人逾期未按收费通", 53, 776, { lineBreak: false }).text("0", 220, 776);
    doc.addPage();
    rows([50, 70]);
    doc.fontSize(9).text("知要求缴纳费用", 53, 56);
    doc.fontSize(12).text("四、政府信息公开行政复议、行政诉讼情况", 50, 120);
    doc.end();
    const c = await readPdf(await done);
    if ("code" in c) throw new Error(c.message);
    expect(c.pages.map((p) => p.rules !== undefined)).toEqual([true, true]);
    const rows2 = pdfDocument(c).rows.filter((r) => r.tabular);
    expect(rows2.map((r) => r.cells.map((x) => x.text))).toEqual([
      ["1.属于国家秘密", "3"],
      ["2.申请人逾期未按收费通知要求缴纳费用", "0"],
    ]);
  });
});
