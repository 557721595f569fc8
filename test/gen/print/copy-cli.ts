// Portal pages copied as text in Chrome (issue 18, item 3): generated reports on portal pages,
// copied the two ways a browser gives a page's text (the selection copied with Ctrl+A Ctrl+C,
// and the page's innerText, which tools and extensions hand on), read and scored.
//   npx vite-node test/gen/print/copy-cli.ts N BASE [OUT_DIR]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { TemplateVersion } from "../../../shared/model/report.js";
import { ARGS, CHROMIUM } from "../../e2e/chromium.js";
import { printPage } from "./page.js";
import { pageCopies } from "./copy.js";
import { scorePrint } from "./score.js";
import { htmlReport, textReport } from "./reads.js";

const n = Number(process.argv[2] ?? 20);
const base = Number(process.argv[3] ?? 700);
const out = process.argv[4];
if (out) mkdirSync(out, { recursive: true });

const totals: Record<string, { same: number; missing: number; wrong: number; alarms: number }> = {};
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
for (let i = 0; i < n; i++) {
  const seed = base + i;
  const template: TemplateVersion = seed % 2 ? "2019" : "2021";
  const page = printPage(seed, template);
  const copies = await pageCopies(browser, page.html);
  const saved = htmlReport(page.html);
  const line: string[] = [];
  for (const [form, text] of Object.entries(copies)) {
    if (out) writeFileSync(join(out, `p${seed}.${form}.txt`), text);
    const s = scorePrint(page.cells, textReport(text), saved);
    const t = (totals[form] ??= { same: 0, missing: 0, wrong: 0, alarms: 0 });
    t.same += s.same;
    t.missing += s.missing;
    t.wrong += s.wrong.length;
    t.alarms += s.alarms.length;
    line.push(`${form} ${s.same}/${s.missing}/${s.wrong.length}/${s.alarms.length}`);
    if (process.env.SHOW && (s.wrong.length || s.alarms.length))
      console.log(`  ${seed} ${form}`, [...s.wrong, ...s.alarms].slice(0, 12).join(" | "));
  }
  console.log(seed, template, line.join("; "));
}
await browser.close();
console.log("form: same missing wrong alarms");
for (const [form, t] of Object.entries(totals))
  console.log(`${form}: ${t.same} ${t.missing} ${t.wrong} ${t.alarms}`);
