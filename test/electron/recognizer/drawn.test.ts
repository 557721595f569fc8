import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPdf } from "../../../electron/node/adapters/pdf.js";
import { readReportBytes } from "../../../electron/node/workers/reader.js";
import type { Report } from "../../../shared/model/report.js";
import { OCR_THRESHOLD } from "../../../shared/rules/catalog/scan.js";

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));

/**
 * The PDF as a producer writes it that embeds its fonts without a ToUnicode map: the glyphs
 * print as before, the text layer is glyph numbers (copying it gives 乱码). The references are
 * blanked byte for byte, so the file's offsets hold.
 */
function withoutToUnicode(bytes: Uint8Array): Uint8Array {
  const text = new TextDecoder("latin1").decode(bytes);
  const blanked = text.replace(/\/ToUnicode\s+\d+\s+\d+\s+R/g, (m) => " ".repeat(m.length));
  expect(blanked).not.toBe(text);
  return Uint8Array.from(blanked, (c) => c.charCodeAt(0));
}

/** Cells read right, and cells read wrong with no 待核对 flag (a misread that looks sure). */
function scored(r: Report, want: Record<string, number | string | null>) {
  const ids = Object.keys(want);
  const right = ids.filter((id) => r.cells[id]?.value === want[id]);
  const silent = ids.filter(
    (id) =>
      id in r.cells &&
      r.cells[id]?.value !== want[id] &&
      (r.cells[id]?.place?.confidence ?? 100) >= OCR_THRESHOLD,
  );
  return { share: right.length / ids.length, right: right.length, of: ids.length, silent };
}

describe("a PDF whose text layer is glyph numbers (fonts without a ToUnicode map)", () => {
  it("is PDF_TEXT_GARBLED, not a report without tables, when it may not be recognised", async () => {
    for (const f of ["real/hzq2023.pdf", "real/haszf2024.pdf"]) {
      const garbled = await readPdf(withoutToUnicode(fixture(f)));
      expect("code" in garbled ? garbled.code : "read").toBe("PDF_TEXT_GARBLED");
      const read = await readReportBytes(withoutToUnicode(fixture(f)), f, { ocr: false });
      expect(read.ok ? "ok" : read.error.code).toBe("PDF_TEXT_GARBLED");
      const clean = await readPdf(fixture(f));
      expect("code" in clean ? clean.code : "read").toBe("read");
    }
  });

  it("is recognised from its drawn pages, and the report says why", async () => {
    const f = "office/word-2021.pdf";
    const want = JSON.parse(new TextDecoder().decode(fixture(`${f}.expected.json`))) as {
      cells: Record<string, number | string | null>;
    };
    const read = await readReportBytes(withoutToUnicode(fixture(f)), "word-2021.pdf");
    if (!read.ok) throw new Error(read.error.message);
    const r = read.report;
    expect(r.messages.map((m) => m.code)).toContain("OCR_TEXT_GARBLED");
    const got = scored(r, want.cells);
    console.info(`glyph-number PDF by OCR: ${got.right}/${got.of} cells right`);
    expect(got.share).toBeGreaterThanOrEqual(0.95);
    expect(got.silent).toEqual([]);
  }, 600_000);
});

describe("a PDF report whose tables are pictures (screenshots pasted in their place)", () => {
  const f = "print-images/portal-703.images.pdf";

  it("is recognised from its drawn pages when its text shows no table, and says why", async () => {
    const want = JSON.parse(new TextDecoder().decode(fixture(`${f}.cells.json`))) as {
      cells: Record<string, number | string | null>;
    };
    // Not recognised, its pictures are named: the tables may be them (not 不像是年度报告).
    const refused = await readReportBytes(fixture(f), "images.pdf", { ocr: false });
    expect(refused.ok ? "ok" : refused.error.code).toBe("TABLES_AS_PICTURES");
    const read = await readReportBytes(fixture(f), "images.pdf");
    if (!read.ok) throw new Error(read.error.message);
    const r = read.report;
    expect(r.messages.map((m) => m.code)).toContain("OCR_TABLE_IMAGES");
    const got = scored(r, want.cells);
    console.info(`table pictures by OCR: ${got.right}/${got.of} cells right`);
    expect(got.share).toBeGreaterThanOrEqual(0.9);
    expect(got.silent).toEqual([]);
  }, 600_000);
});

describe("a PDF report with one table pasted as a picture, the others printed as text", () => {
  const f = "print-images/portal-704.images-3.pdf";
  const codes = (r: Report) => r.messages.map((m) => m.code);

  it("names the table unread, not missing, when the pictures may not be recognised", async () => {
    const read = await readReportBytes(fixture(f), "hybrid.pdf", { ocr: false });
    if (!read.ok) throw new Error(read.error.message);
    const r = read.report;
    expect(r.tables[3]).toBe(true);
    expect(Object.keys(r.cells).some((id) => id.startsWith("t3."))).toBe(false);
    expect(codes(r)).toContain("TABLE_PICTURE");
    expect(codes(r)).not.toContain("TABLE_UNREAD");
    expect(codes(r)).not.toContain("TABLE_NOT_FOUND");
    expect(Object.keys(r.cells).filter((id) => id.startsWith("t2.")).length).toBeGreaterThan(0);
  });

  it("is recognised whole when its pictures hold the table the text lacks", async () => {
    const want = JSON.parse(new TextDecoder().decode(fixture(`${f}.cells.json`))) as {
      cells: Record<string, number | string | null>;
    };
    const read = await readReportBytes(fixture(f), "hybrid.pdf");
    if (!read.ok) throw new Error(read.error.message);
    expect(codes(read.report)).toContain("OCR_TABLE_PICTURES");
    const got = scored(read.report, want.cells);
    console.info(`one table as a picture, by OCR: ${got.right}/${got.of} cells right`);
    expect(got.share).toBeGreaterThanOrEqual(0.95);
    expect(got.silent).toEqual([]);
  }, 600_000);

  it("keeps the text's read, the table missing, when the picture is no table", async () => {
    const read = await readReportBytes(
      fixture("print-images/portal-705.images-3-prose.pdf"),
      "p.pdf",
    );
    if (!read.ok) throw new Error(read.error.message);
    const r = read.report;
    expect(r.tables[3]).toBe(false);
    expect(codes(r)).toContain("PICTURE_NOT_TABLE");
    expect(codes(r)).toContain("TABLE_NOT_FOUND");
    expect(codes(r)).not.toContain("OCR_TABLE_PICTURES");
  }, 600_000);
});
