import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { OcrContent } from "../../../shared/model/scan.js";
import { ocrDocument } from "../../../shared/parse/scan/rows.js";
import { attachOcr } from "../../../shared/parse/scan/attach.js";
import { readReport } from "../../../shared/parse/report.js";
import { checkReport } from "../../../shared/rules/index.js";
import { renderMessage } from "../../../shared/messages/zh-CN.js";
import { OCR_THRESHOLD } from "../../../shared/rules/catalog/scan.js";
import type { Report } from "../../../shared/model/report.js";

const SCAN = JSON.parse(
  readFileSync("test/fixtures/scanned/002_6e005d299800cb62.ocr.json", "utf8"),
) as OcrContent;
const EXPECTED = JSON.parse(
  readFileSync("test/fixtures/corpus/002_6e005d299800cb62.pdf.expected.json", "utf8"),
) as { cells: Record<string, number | string | null> };

function report(content: OcrContent): Report {
  const doc = ocrDocument(content);
  const r = readReport(doc);
  if (!r.ok) throw new Error(r.error.message);
  return attachOcr(r.report, doc);
}

describe("a scan read by the recogniser, through the one table reader", () => {
  it("gives every cell of the labelled report", () => {
    const r = report(SCAN);
    const got = Object.fromEntries(
      Object.keys(EXPECTED.cells).map((id) => [id, r.cells[id]?.value]),
    );
    expect(got).toEqual(EXPECTED.cells);
  });

  it("joins a table row split by a page break and drops page numbers", () => {
    const doc = ocrDocument(SCAN);
    const row = doc.rows.find((x) => x.cells.some((c) => c.text.includes("缴纳费")));
    expect(row?.cells[0]?.text).toMatch(/缴纳费用、行政机关不再处理其政府信息公开申请$/);
    expect(
      doc.rows.some((x) => x.cells[0]?.text === "" && x.cells[2]?.text.startsWith("用、")),
    ).toBe(false);
    expect(doc.text).not.toMatch(/^\s*-\s*\d+\s*-\s*$/m);
  });

  it("keeps each cell's box and confidence; spans point at what was read", () => {
    const r = report(SCAN);
    for (const [id, c] of Object.entries(r.cells)) {
      if (c.value === null) continue;
      expect(c.place?.confidence, id).toBeDefined();
      expect(r.text.slice(c.span[0], c.span[1])).toBe(c.text);
    }
    expect(r.ocr?.pages).toHaveLength(3);
    expect(r.ocr?.lines.length).toBeGreaterThan(20);
  });

  it("flags 待核对 (O01, info) exactly the cells read below the threshold", () => {
    const unsure = JSON.parse(JSON.stringify(SCAN)) as OcrContent;
    for (const b of unsure.pages.flatMap((p) => p.blocks))
      if (b.kind === "table") for (const c of b.cells) if (c.text === "14") c.confidence = 41;
    const r = report(unsure);
    const o01 = checkReport(r).filter((f) => f.rule === "O01");
    const low = Object.entries(r.cells)
      .filter(([, c]) => (c.place?.confidence ?? 100) < OCR_THRESHOLD)
      .map(([id]) => id);
    expect(low).toContain("t3.new.natural");
    expect(o01.map((f) => f.cells[0]).sort()).toEqual(low.sort());
    expect(o01.every((f) => f.severity === "info")).toBe(true);
    const f = o01.find((x) => x.cells[0] === "t3.new.natural")!;
    expect(renderMessage(f)).toBe(
      "表三「一、本年新收政府信息公开申请数量」行「自然人」列识别为「14」，置信度41%，待核对（扫描件第2页）",
    );
  });

  it("takes a label read unsurely for a misreading, not an S06 deviation", () => {
    const r = report(SCAN);
    expect(r.labels.some((l) => l.printed === "站计")).toBe(false);
    expect(r.messages.some((m) => m.code === "OCR_LABELS")).toBe(true);
  });
});
