import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser } from "playwright-core";
import { ARGS, CHROMIUM, requireBrowser } from "./harness.js";
import { webPage } from "../../electron/node/adapters/web-page.js";
import { readContent } from "../../shared/parse/index.js";
import { isReadError } from "../../shared/model/errors.js";
import { readText } from "../support/read-text.js";

const PAGE = fileURLToPath(new URL("../fixtures/web/syfgj2023.html", import.meta.url));

let browser: Browser;

beforeAll(async () => {
  requireBrowser();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 120_000);

afterAll(() => browser?.close());

/** What an inspector gets from Ctrl+A, Ctrl+C on the page in Chrome (the clipboard's text). */
async function copied(path: string): Promise<string> {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  await page.goto(`file://${path}`);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Control+C");
  const text = await page.evaluate<string>("navigator.clipboard.readText()");
  await context.close();
  return text;
}

describe("a real portal page copied out of Chrome", () => {
  it("reads the same cells as the saved page, blank cells blank", async () => {
    const input = webPage(new Uint8Array(readFileSync(PAGE)), "html");
    if (isReadError(input)) throw new Error(input.message);
    const saved = readContent(input);
    if (!saved.ok) throw new Error(saved.error.message);
    const text = await copied(PAGE);
    // Chrome prints each cell's paragraph on its own line; the page's empty cells as more empty lines.
    expect(text).not.toMatch(/申请数量\t/u);
    const copy = readText(text);
    const values = (cells: typeof copy.cells) =>
      Object.fromEntries(Object.entries(cells).map(([id, c]) => [id, c.value]));
    expect(Object.keys(saved.report.cells)).toHaveLength(200);
    expect(values(copy.cells)).toEqual(values(saved.report.cells));
    expect(copy.cells["t3.new.commercial"]?.value).toBeNull();
  });
});
