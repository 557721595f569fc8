import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PdfContent } from "../../shared/parse/pdf/content.js";
import { docxDocument } from "../../shared/parse/docx/rows.js";
import { pdfDocument } from "../../shared/parse/pdf/rows.js";
import { readReport } from "../../shared/parse/report.js";
import {
  docxBlocks,
  editedDocument,
  editedPdf,
  pdfContent,
  sourceDocument,
} from "./gen/arbitraries.js";
import { SAMPLE_ROWS, TOKENS, samplePdfs } from "./gen/samples.js";
import { assertSound, Tally } from "./gen/sound.js";

/** fast-check runs per property; a failure prints its seed, which NB_FUZZ_SEED replays. */
const RUNS = Number(process.env.NB_FUZZ_RUNS ?? 1000);
const options = {
  numRuns: RUNS,
  ...(process.env.NB_FUZZ_SEED ? { seed: Number(process.env.NB_FUZZ_SEED) } : {}),
};
const reports = new Tally();
const sound = (name: string) => (r: ReturnType<typeof readReport>) => {
  const outcome = assertSound(r);
  if (outcome === "ok") reports.add(name);
  return true;
};

let pdfs: PdfContent[] = [];
beforeAll(async () => {
  pdfs = await samplePdfs();
});
afterAll(() =>
  console.log(`table fuzz: ${RUNS} inputs a property; reports read:`, reports.toJSON()),
);

describe("fuzzing the table reader with fast-check", () => {
  it("sample rows with cells rewritten, split, rows dropped, duplicated, moved", () => {
    const check = sound("edited rows");
    fc.assert(
      fc.property(editedDocument(SAMPLE_ROWS, TOKENS), (d) => check(readReport(d))),
      options,
    );
    expect(reports.get("edited rows")).toBeGreaterThan(RUNS / 2);
  }, 300_000);

  it("sample PDFs with runs rewritten, moved, dropped, duplicated", () => {
    const check = sound("edited pdf");
    fc.assert(
      fc.property(editedPdf(pdfs, TOKENS), (c) => check(readReport(pdfDocument(c)))),
      options,
    );
    expect(reports.get("edited pdf")).toBeGreaterThan(RUNS / 2);
  }, 300_000);

  it("documents of arbitrary rows (txt, docx and pdf shapes)", () => {
    const check = sound("rows");
    fc.assert(
      fc.property(sourceDocument(TOKENS), (d) => check(readReport(d))),
      options,
    );
  }, 300_000);

  it("Word documents of arbitrary paragraphs and merged tables", () => {
    const check = sound("docx");
    fc.assert(
      fc.property(docxBlocks(TOKENS), (blocks) => check(readReport(docxDocument({ blocks })))),
      options,
    );
  }, 300_000);

  it("PDFs of arbitrary positioned runs", () => {
    const check = sound("pdf");
    fc.assert(
      fc.property(pdfContent(TOKENS), (c) => check(readReport(pdfDocument(c)))),
      options,
    );
  }, 300_000);
});
