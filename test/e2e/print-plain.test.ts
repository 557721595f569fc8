import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { launchedBrowser } from "./harness.js";
import { printFile } from "../gen/print/chrome.js";
import { webPage } from "../../electron/node/adapters/web-page.js";
import { readContent } from "../../shared/parse/index.js";
import { isReadError } from "../../shared/model/errors.js";
import type { Report } from "../../shared/model/report.js";
import { readText } from "../support/read-text.js";
import { checkReport } from "../../shared/rules/index.js";

// Plain `pdftotext` (no -layout) of web pages printed to PDF by Chrome: every cell is a text block
// of its own, a row's neighbouring cells may share a line (`535 6`), a blank cell prints nothing.
// Whatever is read must be what the page holds; what is not read is said (S10), never blank.
const PAGES = ["libreoffice-spans.html", "syfgj2023.html", "no-charset-gbk.htm"].map((f) =>
  fileURLToPath(new URL(`../fixtures/web/${f}`, import.meta.url)),
);

const browser = launchedBrowser();

async function plainPrint(path: string, borderless: boolean): Promise<string> {
  const pdf = await printFile(browser(), path, !borderless);
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf }).toString("utf8");
}

function savedPage(path: string): Report {
  const input = webPage(new Uint8Array(readFileSync(path)), "html");
  if (isReadError(input)) throw new Error(input.message);
  const saved = readContent(input);
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.report;
}

const rulesOf = (r: Report, rule: string) => checkReport(r).filter((f) => f.rule === rule);

describe("plain pdftotext of a page printed by Chrome", () => {
  for (const path of PAGES)
    for (const borderless of [false, true])
      it(`${path.split("/").pop()}${borderless ? " without rules" : ""}: no cell misread, no false C01 or S06`, async () => {
        const saved = savedPage(path);
        const read = readText(await plainPrint(path, borderless));
        const wrong = Object.keys(read.cells).filter(
          (id) => read.cells[id]?.value !== saved.cells[id]?.value,
        );
        expect(wrong).toEqual([]);
        expect(rulesOf(read, "C01").length).toBeLessThanOrEqual(rulesOf(saved, "C01").length);
        expect(rulesOf(read, "S06").length).toBeLessThanOrEqual(rulesOf(saved, "S06").length);
        const lost = Object.keys(saved.cells).filter((id) => !(id in read.cells));
        if (lost.length) expect(rulesOf(read, "S10").length).toBeGreaterThan(0);
      });

  it("reads the rows a page prints whole, in its rows' order", async () => {
    const path = PAGES[0] as string;
    const saved = savedPage(path);
    const read = readText(await plainPrint(path, false));
    const t3 = Object.keys(read.cells).filter((id) => id.startsWith("t3."));
    expect(t3.length).toBeGreaterThan(155);
    for (const id of t3) expect(read.cells[id]?.value).toBe(saved.cells[id]?.value);
  });
});
