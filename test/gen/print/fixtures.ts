// Writes a few printed portal pages as fixtures (test/fixtures/print): each the form that read
// cells wrong before Chrome prints were read with care, with the cells its page prints; and in
// test/fixtures/print-apart, a form whose tables are found but mostly unread.
//   npx vite-node test/gen/print/fixtures.ts [DIR] [SEED,SEED…]   (only those seeds' files)
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { ARGS, CHROMIUM } from "../../e2e/chromium.js";
import { printPage } from "./page.js";
import { layoutText, printToPdf } from "./chrome.js";

const dir = process.argv[2] ?? "test/fixtures/print";
const only = process.argv[3]?.split(",").map(Number);
/**
 * 701: sparse rows (zeros blank), table 四's heads a space apart in one run; 716: labels wrapped
 * round numbers centred between their lines; 714: a row label set past the next row's line;
 * 719: columns so narrow that pdftotext swaps two numbers set a space apart; 705 (print-apart):
 * table 四's head stacked so narrow that its words come apart.
 */
const FIXTURES = [
  // 701's -layout: no two lines print every column alike; each column's values overlap.
  { seed: 701, form: "print.layout.txt" },
  // 769's -layout: two rows' labels set before both their lines of numbers.
  { seed: 769, form: "print.layout.txt" },
  { seed: 701, form: "noborder.pdf" },
  { seed: 716, form: "noborder.pdf" },
  { seed: 714, form: "print.layout.txt" },
  { seed: 719, form: "print.layout.txt" },
  // 818's -layout: a row's numbers set on the line below its label, the next row's on that
  // row's label's rest (two lines of numbers for one label).
  { seed: 818, form: "noborder.layout.txt" },
  { seed: 705, form: "noborder.layout.txt", apart: true },
  // Borderless prints whose tables' heads sit in a head band of several lines (print-heads/):
  // 702: 社会公益组织 centred under 法人或其他组织, table 四's 其他结果 under its group's name;
  // 709: table 二's head row printed again near the foot of one page and the top of the next;
  // 718: blank rows in runs (zeros left blank), 商业企业 科研机构 社会公益组织 in one run.
  { seed: 702, form: "noborder.pdf", to: "print-heads" },
  { seed: 709, form: "noborder.pdf", to: "print-heads" },
  { seed: 718, form: "noborder.pdf", to: "print-heads" },
  // 815 (print-breaks/): a ruled print whose page breaks right before (六)其他处理, a row of the
  // 2019 table spanning two label columns.
  { seed: 815, form: "print.pdf", to: "print-breaks" },
] as { seed: number; form: string; apart?: boolean; to?: string }[];

mkdirSync(dir, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
for (const f of FIXTURES) {
  if (only && !only.includes(f.seed)) continue;
  const template = f.seed % 2 ? "2019" : "2021";
  const page = printPage(f.seed, template);
  const pdf = await printToPdf(browser, page.html, f.form.startsWith("print"));
  const name = `portal-${f.seed}.${f.form}`;
  const body = f.form.endsWith(".pdf") ? pdf : layoutText(pdf);
  const to = f.to ? join(dir, "..", f.to) : f.apart ? `${dir}-apart` : dir;
  mkdirSync(to, { recursive: true });
  writeFileSync(join(to, name), body);
  const label = { file: name, template, look: page.look, cells: page.cells };
  writeFileSync(join(to, `${name}.cells.json`), JSON.stringify(label, null, 1) + "\n");
  process.stdout.write(`${name}: ${body.length}\n`);
}
await browser.close();
