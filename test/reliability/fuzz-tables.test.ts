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
import { assertSound, breathe, Tally } from "./gen/sound.js";

/** fast-check runs per property; a failure prints its seed, which NB_FUZZ_SEED replays. */
const RUNS = Number(process.env.NB_FUZZ_RUNS ?? 1000);
const options = {
  numRuns: RUNS,
  ...(process.env.NB_FUZZ_SEED ? { seed: Number(process.env.NB_FUZZ_SEED) } : {}),
};
const reports = new Tally();
const sound = (name: string) => async (r: ReturnType<typeof readReport>) => {
  const outcome = assertSound(r);
  if (outcome === "ok") reports.add(name);
  await breathe();
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
  it("sample rows with cells rewritten, split, rows dropped, duplicated, moved", async () => {
    const check = sound("edited rows");
    await fc.assert(
      fc.asyncProperty(editedDocument(SAMPLE_ROWS, TOKENS), (d) => check(readReport(d))),
      options,
    );
    expect(reports.get("edited rows")).toBeGreaterThan(RUNS / 2);
  }, 300_000);

  it("sample PDFs with runs rewritten, moved, dropped, duplicated", async () => {
    const check = sound("edited pdf");
    await fc.assert(
      fc.asyncProperty(editedPdf(pdfs, TOKENS), (c) => check(readReport(pdfDocument(c)))),
      options,
    );
    expect(reports.get("edited pdf")).toBeGreaterThan(RUNS / 2);
  }, 300_000);

  it("documents of arbitrary rows (txt, docx and pdf shapes)", async () => {
    const check = sound("rows");
    await fc.assert(
      fc.asyncProperty(sourceDocument(TOKENS), (d) => check(readReport(d))),
      options,
    );
  }, 300_000);

  it("Word documents of arbitrary paragraphs and merged tables", async () => {
    const check = sound("docx");
    await fc.assert(
      fc.asyncProperty(docxBlocks(TOKENS), (blocks) => check(readReport(docxDocument({ blocks })))),
      options,
    );
  }, 300_000);

  it("PDFs of arbitrary positioned runs", async () => {
    const check = sound("pdf");
    await fc.assert(
      fc.asyncProperty(pdfContent(TOKENS), (c) => check(readReport(pdfDocument(c)))),
      options,
    );
  }, 300_000);
});
