import { describe, expect, it } from "vitest";
import { launchedBrowser } from "./harness.js";
import { readText } from "../support/read-text.js";
import { readPdfReport } from "../support/read-pdf.js";
import { printPage } from "../gen/print/page.js";
import { layoutText, printToPdf } from "../gen/print/chrome.js";
import { scorePrint } from "../gen/print/score.js";

// Generated reports on portal pages, printed by Chrome as an inspector's 另存为PDF does, with the
// tables' rules and without, and the `pdftotext -layout` text of each (issue 17's portal family).
// Seeds with zeros printed blank, narrow label columns, values set right or centred.
const SEEDS = [701, 702, 708, 715];

const browser = launchedBrowser();

describe.each(SEEDS)("a generated portal page printed by Chrome (seed %i)", (seed) => {
  const page = printPage(seed, seed % 2 ? "2019" : "2021");
  const total = Object.keys(page.cells).length;

  it("with its rules: every cell read as printed", async () => {
    const s = scorePrint(
      page.cells,
      await readPdfReport(await printToPdf(browser(), page.html, true)),
      null,
    );
    expect(s.wrong).toEqual([]);
    expect(s.same).toBe(total);
  }, 60_000);

  it("without rules, as PDF and as -layout text: no cell wrong, the rest unknown", async () => {
    const pdf = await printToPdf(browser(), page.html, false);
    for (const report of [await readPdfReport(pdf), readText(layoutText(pdf))]) {
      const s = scorePrint(page.cells, report, null);
      expect(s.wrong).toEqual([]);
      expect(s.same + s.missing).toBe(total);
    }
  }, 60_000);

  it("ruled, as -layout text: no cell wrong", async () => {
    const text = layoutText(await printToPdf(browser(), page.html, true));
    expect(scorePrint(page.cells, readText(text), null).wrong).toEqual([]);
  }, 60_000);
});
