import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { launchedBrowser } from "./harness.js";
import { printFile } from "../gen/print/chrome.js";
import { webPage } from "../../electron/node/adapters/web-page.js";
import { readPdf } from "../../electron/node/adapters/pdf.js";
import { readContent } from "../../shared/parse/index.js";
import { isReadError } from "../../shared/model/errors.js";
import { readText } from "../support/read-text.js";
import { checkReport } from "../../shared/rules/index.js";

const PAGE = fileURLToPath(new URL("../fixtures/web/syfgj2023.html", import.meta.url));

const browser = launchedBrowser();

/** What an inspector gets from Ctrl+A, Ctrl+C on the page in Chrome (the clipboard's text). */
async function copied(path: string): Promise<string> {
  const context = await browser().newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  await page.goto(`file://${path}`);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Control+C");
  const text = await page.evaluate<string>("navigator.clipboard.readText()");
  await context.close();
  return text;
}

/** The page printed to PDF by Chrome, its tables' rules drawn or (`borderless`) not. */
async function printed(path: string, borderless: boolean): Promise<Uint8Array> {
  return printFile(browser(), path, !borderless);
}

function savedPage() {
  const input = webPage(new Uint8Array(readFileSync(PAGE)), "html");
  if (isReadError(input)) throw new Error(input.message);
  const saved = readContent(input);
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.report;
}

async function readPrinted(borderless: boolean) {
  const content = await readPdf(await printed(PAGE, borderless));
  if (isReadError(content)) throw new Error(content.message);
  const res = readContent({ kind: "pdf", content });
  if (!res.ok) throw new Error(res.error.message);
  return res.report;
}

const values = (cells: Record<string, { value: unknown }>) =>
  Object.fromEntries(Object.entries(cells).map(([id, c]) => [id, c.value]));

describe("a real portal page copied out of Chrome", () => {
  it("reads the same cells as the saved page, blank cells blank", async () => {
    const saved = { report: savedPage() };
    const text = await copied(PAGE);
    // Chrome prints each cell's paragraph on its own line; the page's empty cells as more empty lines.
    expect(text).not.toMatch(/申请数量\t/u);
    const copy = readText(text);
    expect(Object.keys(saved.report.cells)).toHaveLength(200);
    expect(values(copy.cells)).toEqual(values(saved.report.cells));
    expect(copy.cells["t3.new.commercial"]?.value).toBeNull();
  });
});

describe("a real portal page printed to PDF by Chrome", () => {
  it("with its table rules: the same cells as the saved page", async () => {
    expect(values((await readPrinted(false)).cells)).toEqual(values(savedPage().cells));
  });

  it("without rules, cells tight: no number read into another cell, what is lost said", async () => {
    const saved = values(savedPage().cells);
    const report = await readPrinted(true);
    const read = values(report.cells);
    // Its heads set a character a line give no column positions, and a row of two numbers could
    // stand in any two columns: table 三 is unread (S10) rather than placed by a guess.
    expect(read["t3.new.natural"] ?? 26).toBe(26);
    expect(read["t2.normative.issued"]).toBe(saved["t2.normative.issued"]);
    const wrong = Object.keys(read).filter((id) => read[id] !== saved[id]);
    expect(wrong).toEqual([]);
    const lost = Object.keys(saved).filter((id) => !(id in read));
    const s10 = checkReport(report).filter((f) => f.rule === "S10");
    if (lost.length) expect(s10.length).toBeGreaterThan(0);
  });
});
