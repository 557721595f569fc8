import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readReportBytes } from "../../electron/node/workers/reader.js";
import type { Report } from "../../shared/model/report.js";
import { OCR_THRESHOLD } from "../../shared/rules/catalog/scan.js";
import { checkReport } from "../../shared/rules/index.js";
import { renderMessage } from "../../shared/messages/index.js";
import { reportIssues } from "../../shared/templates/report-schema.js";

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/pictures/${path}`, import.meta.url)));

async function report(name: string, ocr: boolean): Promise<Report> {
  const read = await readReportBytes(fixture(name), name, ocr ? {} : { ocr: false });
  if (!read.ok) throw new Error(`${read.error.code} ${read.error.message}`);
  return read.report;
}

const codes = (r: Report) => r.messages.map((m) => m.code);
const rules = (r: Report) => checkReport(r).map((f) => f.rule);

/** Table 三's cells: read right, left unread, or read otherwise without a 待核对 mark. */
function table3(r: Report, name: string) {
  const { cells } = JSON.parse(new TextDecoder().decode(fixture(`${name}.cells.json`))) as {
    cells: Record<string, number | string | null>;
  };
  const ids = Object.keys(cells).filter((id) => id.startsWith("t3."));
  const right = ids.filter((id) => r.cells[id]?.value === cells[id]);
  const silent = ids.filter(
    (id) =>
      id in r.cells &&
      r.cells[id]?.value !== cells[id] &&
      (r.cells[id]?.place?.confidence ?? 100) >= OCR_THRESHOLD,
  );
  const others = Object.keys(cells).filter((id) => !id.startsWith("t3."));
  const otherRight = others.filter((id) => r.cells[id]?.value === cells[id]);
  return {
    right: right.length,
    of: ids.length,
    silent,
    others: otherRight.length === others.length,
  };
}

describe("a table pasted as a picture in a .docx or a web archive (.mhtml)", () => {
  for (const name of ["office-721.table3-picture.docx", "portal-721.table3-picture.mhtml"])
    it(`is read by recognition where the picture stands: ${name}`, async () => {
      const r = await report(name, true);
      expect(codes(r)).toContain("OCR_PICTURES");
      expect(codes(r)).not.toContain("TABLE_PICTURE");
      expect(rules(r)).not.toContain("S05");
      const got = table3(r, name);
      console.info(`${name}: table 三 ${got.right}/${got.of} cells right by OCR`);
      expect(got.right / got.of).toBeGreaterThanOrEqual(0.9);
      expect(got.silent).toEqual([]);
      expect(got.others).toBe(true);
      // Every cell read from the picture says so (as a scan's), and only those.
      const seen = Object.keys(r.cells).filter(
        (id) => r.cells[id]?.place?.confidence !== undefined,
      );
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((id) => id.startsWith("t3."))).toBe(true);
      expect(reportIssues(r)).toEqual([]);
      // 待核对 names the picture, not a scan's page.
      for (const f of checkReport(r).filter((f) => f.rule === "O01"))
        expect(renderMessage(f)).toMatch(/插入的第1张表格图片/);
    }, 600_000);

  it("keeps the table missing (S05) when the picture is prose, and says it was read", async () => {
    const r = await report("office-721.prose-picture.docx", true);
    expect(codes(r)).toContain("PICTURE_NOT_TABLE");
    expect(codes(r)).not.toContain("TABLE_PICTURE");
    expect(codes(r)).not.toContain("OCR_PICTURES");
    expect(rules(r)).toContain("S05");
    expect(Object.keys(r.cells).some((id) => id.startsWith("t3."))).toBe(false);
  }, 600_000);

  it("names the table unread beside the picture (S10) when it may not be recognised", async () => {
    for (const name of ["office-721.table3-picture.docx", "portal-721.table3-picture.mhtml"]) {
      const r = await report(name, false);
      expect(codes(r)).toContain("TABLE_PICTURE");
      expect(rules(r)).toContain("S10");
      expect(Object.keys(r.cells).some((id) => id.startsWith("t3."))).toBe(false);
    }
  });
});
