// The portal family printed by Chrome (issue 17): generated reports on portal pages, printed to
// PDF with and without table rules, and their `pdftotext -layout` text, read and scored.
//   npx vite-node test/gen/print/cli.ts N BASE [OUT_DIR]
// Prints cells same / missing / wrong and false alarms per form; OUT_DIR keeps every file.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { Report, TemplateVersion } from "../../../shared/model/report.js";
import { readContent } from "../../../shared/parse/index.js";
import { isReadError } from "../../../shared/model/errors.js";
import { readPdf } from "../../../electron/node/adapters/pdf.js";
import { ARGS, CHROMIUM } from "../../e2e/chromium.js";
import { printPage } from "./page.js";
import { layoutText, printToPdf } from "./chrome.js";
import { scorePrint, type PrintScore } from "./score.js";
import { htmlReport, textReport } from "./reads.js";

const n = Number(process.argv[2] ?? 20);
const base = Number(process.argv[3] ?? 700);
const out = process.argv[4];
if (out) mkdirSync(out, { recursive: true });

async function pdfReport(pdf: Uint8Array): Promise<Report | null> {
  const content = await readPdf(pdf);
  if (isReadError(content)) return null;
  const res = readContent({ kind: "pdf", content });
  return res.ok ? res.report : null;
}

const totals: Record<
  string,
  { same: number; missing: number; wrong: number; alarms: number; files: number }
> = {};
const byRule: Record<string, number> = {};
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
for (let i = 0; i < n; i++) {
  const seed = base + i;
  const template: TemplateVersion = seed % 2 ? "2019" : "2021";
  const page = printPage(seed, template);
  const saved = htmlReport(page.html);
  const forms: Record<string, Report | null> = { html: saved };
  const files: Record<string, string | Uint8Array> = { html: page.html };
  for (const rules of [true, false]) {
    const name = rules ? "print" : "noborder";
    const pdf = await printToPdf(browser, page.html, rules);
    const text = layoutText(pdf);
    forms[`${name}.pdf`] = await pdfReport(pdf);
    forms[`${name}.layout`] = textReport(text);
    files[`${name}.pdf`] = pdf;
    files[`${name}.layout.txt`] = text;
  }
  if (out)
    for (const [ext, body] of Object.entries(files))
      writeFileSync(join(out, `p${seed}.${ext}`), body);
  const line: string[] = [];
  for (const [form, report] of Object.entries(forms)) {
    const s: PrintScore = scorePrint(page.cells, report, saved);
    const t = (totals[form] ??= { same: 0, missing: 0, wrong: 0, alarms: 0, files: 0 });
    t.same += s.same;
    t.missing += s.missing;
    t.wrong += s.wrong.length;
    t.alarms += s.alarms.length;
    for (const a of s.alarms)
      byRule[`${form} ${a.split(" ")[0]}`] = (byRule[`${form} ${a.split(" ")[0]}`] ?? 0) + 1;
    t.files++;
    if (s.wrong.length || s.alarms.length || s.missing)
      line.push(
        `${form} ${s.same}/${s.missing}/${s.wrong.length}${s.alarms.length ? ` alarms ${s.alarms.length}` : ""}`,
      );
    if (process.env.SHOW && (s.wrong.length || s.alarms.length))
      console.log(`  ${seed} ${form}`, [...s.wrong, ...s.alarms].slice(0, 12).join(" | "));
  }
  console.log(seed, template, JSON.stringify(page.look), line.join("; "));
}
await browser.close();
console.log("form: same missing wrong alarms (files)");
for (const [form, t] of Object.entries(totals))
  console.log(`${form}: ${t.same} ${t.missing} ${t.wrong} ${t.alarms} (${t.files})`);
console.log("alarms by rule:", JSON.stringify(byRule));
