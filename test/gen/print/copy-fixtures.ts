// Writes Chrome's copies of web pages as fixtures (test/fixtures/web-copy): the saved pages of
// test/fixtures/web and generated portal pages whose blank cells are empty (`<td></td>`), each
// copied with Ctrl+A Ctrl+C (the selection's text) and as innerText, with the cells the page prints;
// and generated pages whose cells hold no paragraphs, or <div> blocks, or both kinds.
//   npx vite-node test/gen/print/copy-fixtures.ts [DIR]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { ARGS, CHROMIUM } from "../../e2e/chromium.js";
import { printPage } from "./page.js";
import { bareCells, copiesOf, divCells, emptyBlankCells, pageCopies } from "./copy.js";

const dir = process.argv[2] ?? "test/fixtures/web-copy";
mkdirSync(dir, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const write = (name: string, text: string, cells: unknown) => {
  writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, `${name}.expected.json`), JSON.stringify({ cells }, null, 1) + "\n");
};

// The saved pages, opened as a browser opens them (their scripts run: a page's menu written by
// a script is copied too).
for (const page of [
  "portal-gb2312.html",
  "no-charset-gbk.htm",
  "libreoffice-spans.html",
  "syfgj2023.html",
]) {
  const file = join("test/fixtures/web", page);
  const tab = await browser.newPage();
  await tab.goto(`file://${join(process.cwd(), file)}`);
  const copies = await copiesOf(tab);
  await tab.close();
  const { cells } = JSON.parse(readFileSync(`${file}.expected.json`, "utf8")) as { cells: unknown };
  const base = page.replace(/\.html?$/, "");
  write(`${base}.copy.txt`, copies.copy, cells);
  write(`${base}.innerText.txt`, copies.innerText, cells);
}

// Generated pages whose zeros are left blank: every blank cell empty (718), every other one (701).
for (const [seed, every] of [
  [718, 1],
  [701, 2],
] as const) {
  const page = printPage(seed, seed % 2 ? "2019" : "2021");
  const html = emptyBlankCells(page.html, (k) => k % every === 0);
  const copies = await pageCopies(browser, html);
  write(`p${seed}-empty${every}.copy.txt`, copies.copy, page.cells);
  write(`p${seed}-empty${every}.innerText.txt`, copies.innerText, page.cells);
}
// Cells without paragraphs (tab rows; 711: table 四's value row opens with a blank, which the
// copy leaves out), cells as <div> blocks (714), every third cell without paragraphs (705).
for (const [seed, name, shape] of [
  [711, "bare", (h: string) => bareCells(h, () => true)],
  [714, "divs", divCells],
  [705, "mixed", (h: string) => bareCells(h, (k) => k % 3 === 0)],
] as const) {
  const page = printPage(seed, seed % 2 ? "2019" : "2021");
  const copies = await pageCopies(browser, shape(page.html));
  write(`p${seed}-${name}.copy.txt`, copies.copy, page.cells);
  write(`p${seed}-${name}.innerText.txt`, copies.innerText, page.cells);
}
await browser.close();
