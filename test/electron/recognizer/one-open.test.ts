import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pdfOpens } from "../../../electron/node/adapters/pdf.js";
import { readReportBytes } from "../../../electron/node/workers/reader.js";
import { scanPdf } from "../../../scripts/scan.mjs";

const SAMPLE = "test/fixtures/corpus/004_f3bbfa1004ed2dd6.pdf";

describe("a scanned .pdf is opened once", () => {
  it("its text layer is found empty and its pages drawn for recognition from one open document", async () => {
    const bytes = new Uint8Array(scanPdf(SAMPLE));
    const before = pdfOpens();
    const pages: number[] = [];
    const r = await readReportBytes(bytes, "扫描件.pdf", {
      ocr: { onProgress: (p) => pages.push(p.page) },
    });
    expect(pdfOpens() - before).toBe(1);
    if (!r.ok) throw new Error(r.error.message);
    expect(pages).toEqual([0, 1, 2, 3]);
    const scanned = Object.values(r.report.cells).filter((c) => c.place?.confidence !== undefined);
    expect(scanned.length).toBeGreaterThan(100);
  }, 900_000);

  it("a text .pdf too", async () => {
    const before = pdfOpens();
    const r = await readReportBytes(new Uint8Array(readFileSync(SAMPLE)), "004.pdf");
    expect(r.ok).toBe(true);
    expect(pdfOpens() - before).toBe(1);
  });
});
