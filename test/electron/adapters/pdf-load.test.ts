import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { expect, it } from "vitest";
import { fontProgramsSkipped } from "../../../electron/node/adapters/pdf-load.js";
import { openPdf, readPdf } from "../../../electron/node/adapters/pdf.js";
import { pathOps } from "../../../electron/node/adapters/pdf-options.js";
import { pageRules, type Matrix } from "../../../electron/node/adapters/pdf-rules.js";

const SAMPLE = fileURLToPath(new URL("../../fixtures/real/hzq2024.pdf", import.meta.url));
const PDFKIT = fileURLToPath(
  new URL("../../fixtures/corpus/004_f3bbfa1004ed2dd6.pdf", import.meta.url),
);

it("reading a PDF leaves the engine's own push and JSON in place (pdf.js's core-js swaps them)", async () => {
  const before = [Array.prototype.push, JSON.parse, JSON.stringify];
  const read = await readPdf(new Uint8Array(readFileSync(SAMPLE)));
  expect("pages" in read).toBe(true);
  expect([Array.prototype.push, JSON.parse, JSON.stringify]).toEqual(before);
});

/** What `look` finds on each page of a document opened to be read or to be drawn. */
async function eachPage<T>(
  bytes: Uint8Array,
  forReading: boolean,
  look: (page: PDFPageProxy) => Promise<T>,
): Promise<T[]> {
  const task = await openPdf(bytes, forReading);
  try {
    const doc = await task.promise;
    const pages: T[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await look(await doc.getPage(n)));
    return pages;
  } finally {
    await task.destroy();
  }
}

/** Page by page, pdf.js's text runs. */
const runs = (bytes: Uint8Array, forReading: boolean) =>
  eachPage(bytes, forReading, async (page) =>
    (await page.getTextContent()).items.map((it) =>
      // Font names carry the document's number.
      "str" in it ? { ...it, fontName: it.fontName.replace(/^g_d\d+_/, "") } : it,
    ),
  );

it("a document that is only read leaves its CFF fonts uncompiled, with the same text", async () => {
  // PDFKit embeds its CJK fonts as CFF, as many exports do; the edits apply to the installed pdf.js.
  const bytes = new Uint8Array(readFileSync(PDFKIT));
  const read = await runs(bytes, true);
  expect(fontProgramsSkipped()).toBe(true);
  expect(read).toEqual(await runs(bytes, false));
});

/** Page by page, the rules pdf.js's drawing gives and how many glyphs its text operators carry. */
async function drawing(bytes: Uint8Array, forReading: boolean) {
  const lib = await import("pdfjs-dist/legacy/build/pdf.mjs");
  return eachPage(bytes, forReading, async (page) => {
    const list = await page.getOperatorList({ annotationMode: lib.AnnotationMode.DISABLE });
    const transform = page.getViewport({ scale: 1 }).transform as Matrix;
    const glyphs = list.fnArray.reduce(
      (sum, fn, i) => (fn === lib.OPS.showText ? sum + (list.argsArray[i][0]?.length ?? 0) : sum),
      0,
    );
    return { rules: pageRules(list, transform, pathOps(lib.OPS)), glyphs };
  });
}

it("a document that is only read draws its rules as before, with no glyphs in its text operators", async () => {
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const read = await drawing(bytes, true);
  const drawn = await drawing(bytes, false);
  expect(read.map((p) => p.rules)).toEqual(drawn.map((p) => p.rules));
  expect(read.some((p) => p.rules.length > 0)).toBe(true);
  expect(read.every((p) => p.glyphs === 0)).toBe(true);
  expect(drawn.every((p) => p.glyphs > 0)).toBe(true);
});
