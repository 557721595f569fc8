import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Report } from "../../../../shared/model/report.js";
import type { OcrContent } from "../../../../shared/model/scan.js";
import { readContent } from "../../../../shared/parse/index.js";
import { readReport } from "../../../../shared/parse/report.js";
import { checkReport } from "../../../../shared/rules/index.js";
import { txtDocument } from "../../../../shared/parse/txt/document.js";
import { renderVariant } from "../../../gen/variants.js";
import type { CellMap } from "../../../gen/tables-grid.js";

// A clean 2021 report (example e003).
const LABELS = JSON.parse(
  readFileSync(
    new URL("../../../fixtures/examples/e003.txt.expected.json", import.meta.url),
    "utf8",
  ),
) as { cells: CellMap };

function read(hurt: (text: string) => string): Report {
  const text = renderVariant(
    {
      title: "望川县人民政府2021年政府信息公开工作年度报告",
      template: "2021",
      cells: LABELS.cells,
    },
    { layout: "tabs" },
  );
  const changed = hurt(text);
  expect(changed).not.toBe(text);
  const doc = txtDocument(new TextEncoder().encode(changed));
  if ("code" in doc) throw new Error(doc.message);
  const res = readReport(doc);
  if (!res.ok) throw new Error(res.error.message);
  return res.report;
}

const fixture = (p: string) =>
  readFileSync(new URL(`../../../fixtures/${p}`, import.meta.url), "utf8");

/** A recognised scan (saved OcrContent) read, and the truth of the document scanned. */
function scanned(ocr: string, truthOf: string): { r: Report; truth: CellMap } {
  const content = JSON.parse(fixture(`scanned/${ocr}`)) as OcrContent;
  const res = readContent({ kind: "scan", content });
  if (!res.ok) throw new Error(res.error.message);
  const { cells } = JSON.parse(fixture(`office/${truthOf}.expected.json`)) as { cells: CellMap };
  return { r: res.report, truth: cells };
}

const wrong = (r: Report) =>
  Object.entries(r.cells)
    .filter(([id, c]) => id.startsWith("t3.") && c.value !== LABELS.cells[id])
    .map(([id, c]) => `${id}=${String(c.value)}`);

describe("a table 三 label read only nearly like a row's", () => {
  it("is not that row when its printed numbering is another row's (labels hurt by recognition)", () => {
    const { r, truth } = scanned("wps-2021-boxes.ocr.json", "wps-2021.pdf");
    // （一）予以公开 came out as (一)予| / 公开 and matches nothing; (三)因予公开 is nearer 予以公开
    // than any row, but it is numbered (三).
    const misread = Object.entries(r.cells).filter(
      ([id, c]) =>
        id.startsWith("t3.") && c.value !== truth[id] && (c.place?.confidence ?? 100) >= 80,
    );
    expect(misread.map(([id, c]) => `${id}=${String(c.value)}`)).toEqual([]);
    expect("t3.granted.total" in r.cells).toBe(false);
  });

  it("is its row when it ends in the row's words, however numbered", () => {
    const r = read((t) => t.replace("\t（一）予以公开\t", "\t（二）予以公开\t"));
    expect(wrong(r)).toEqual([]);
    expect(r.cells["t3.granted.total"]?.value).toBe(LABELS.cells["t3.granted.total"]);
  });
});

describe("figures a poor scan misread as a character or two", () => {
  it("keep their value slots: the row's other figures stay in their columns, none reads blank", () => {
    const { r, truth } = scanned("word-2021-degraded.ocr.json", "word-2021.pdf");
    const sure = (id: string) => (r.cells[id]?.place?.confidence ?? 100) >= 80;
    const misread = Object.keys(truth).filter(
      (id) => id in r.cells && r.cells[id]?.value !== truth[id] && sure(id),
    );
    expect(misread.map((id) => `${id}=${String(r.cells[id]?.value)}`)).toEqual([]);
    const right = Object.keys(truth).filter((id) => r.cells[id]?.value === truth[id]);
    expect(right.length).toBeGreaterThanOrEqual(140);
    // The misread figures are 待核对 (O01), not the report's text in a value cell (C02).
    const rules = checkReport(r).map((f) => f.rule);
    expect(rules).toContain("O01");
    expect(rules).not.toContain("C02");
  });
});

describe("a row of a poor scan whose every figure is misread", () => {
  it("is a row of unsure values (待核对), not a row of blank cells", () => {
    const { r, truth } = scanned("word-2021-degraded-150.ocr.json", "word-2021.pdf");
    const blanked = Object.keys(truth).filter(
      (id) => r.cells[id] && r.cells[id]?.value === null && truth[id] !== null,
    );
    expect(blanked).toEqual([]);
    const row = Object.keys(r.cells).filter((id) => id.startsWith("t3.denied.query."));
    expect(row.length).toBe(7);
    for (const id of row) expect(r.cells[id]?.place?.confidence ?? 100).toBeLessThan(80);
  });
});
