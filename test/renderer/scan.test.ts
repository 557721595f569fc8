import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { boxStyle, focusMark, printedPlace } from "../../renderer/features/source/scan.js";
import type { OcrContent } from "../../shared/model/scan.js";
import { ocrDocument } from "../../shared/parse/scan/rows.js";
import { attachOcr } from "../../shared/parse/scan/attach.js";
import { readReport } from "../../shared/parse/report.js";
import type { Report } from "../../shared/model/report.js";

const scan = JSON.parse(
  readFileSync("test/fixtures/scanned/002_6e005d299800cb62.ocr.json", "utf8"),
) as OcrContent;
const doc = ocrDocument(scan);
const read = readReport(doc);
if (!read.ok) throw new Error(read.error.message);
const report: Report = attachOcr(read.report, doc);
const focus = (f: { cell?: string; span?: [number, number] }) => ({
  cell: f.cell ?? null,
  span: f.span ?? null,
  key: null,
  seq: 1,
});

describe("the source pane's view of a scan", () => {
  it("finds the focused cell on its page, and a focused passage on its line", () => {
    const cell = report.cells["t3.new.total"]!;
    expect(focusMark(report, focus({ cell: "t3.new.total" }))).toEqual(cell.place);
    const line = report.ocr!.lines[3]!;
    const at: [number, number] = [line.span[0] + 1, line.span[0] + 2];
    expect(focusMark(report, focus({ span: at }))?.box).toEqual(line.box);
    expect(focusMark(report, null)).toBeNull();
  });

  it("outlines the box in percent of the page", () => {
    const style = boxStyle({ page: 1, box: [59.5, 84.2, 119, 42.1] }, { width: 595, height: 842 });
    expect(style).toEqual({ left: "10.00%", top: "10.00%", width: "20.00%", height: "5.00%" });
  });

  it("shows nothing for a report that was not scanned", () => {
    const text: Report = { ...report, ocr: undefined };
    expect(focusMark(text, focus({ cell: "t3.new.total" }))).toBeNull();
  });

  it("finds where a .pdf with text printed the focused cell, and nothing for a passage", () => {
    const at = { page: 2, box: [300, 410, 12, 11] as const };
    const cells = {
      ...report.cells,
      "t3.new.total": { ...report.cells["t3.new.total"]!, place: at },
    };
    const text: Report = { ...report, ocr: undefined, cells };
    expect(printedPlace(text, focus({ cell: "t3.new.total" }))).toEqual(at);
    expect(printedPlace(text, focus({ span: [0, 4] }))).toBeNull();
    expect(printedPlace(report, focus({ cell: "t3.new.total" }))).toBeNull();
  });
});
