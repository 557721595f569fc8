// A portal page whose tables are pictures (screenshots pasted in place of the tables), printed to
// PDF by Chrome: the text layer holds the report's prose and headings, no table. With TABLE (2, 3
// or 4), only that table is a picture: the others stay text. With PROSE, that table is left out
// and a picture of the report's longest paragraph stands in its place (a picture that is no table).
//   npx vite-node test/gen/print/table-images.ts [SEED] [DIR] [TABLE [PROSE]]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { ARGS, CHROMIUM } from "../../e2e/chromium.js";
import { printPage } from "./page.js";

const seed = Number(process.argv[2] ?? 703);
const dir = process.argv[3] ?? "test/fixtures/print-images";
const table = process.argv[4] ?? "";
/** A word of each table's head, in both templates. */
const HEAD: Record<string, string> = { "2": "第二十条", "3": "申请人", "4": "行政复议" };
const only = HEAD[table] ?? "";
const prose = process.argv[5] === "PROSE";
const template = seed % 2 ? "2019" : "2021";
const made = printPage(seed, template);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const page = await browser.newPage({
  viewport: { width: 1000, height: 1400 },
  deviceScaleFactor: 2,
});
await page.setContent(made.html, { waitUntil: "load" });
const shots: (string | null)[] = [];
let paragraph = null;
for (const p of await page.$$("p"))
  if ((await p.innerText()).length > ((await paragraph?.innerText()) ?? "").length) paragraph = p;
for (const t of await page.$$("table"))
  shots.push(
    (await t.innerText()).includes(only)
      ? (await ((prose && paragraph) || t).screenshot({ type: "jpeg", quality: 85 })).toString(
          "base64",
        )
      : null,
  );
// Runs in the page (a string: the node tsconfig has no DOM types).
await page.evaluate(`{
  const srcs = ${JSON.stringify(shots)};
  document.querySelectorAll("table").forEach((t, i) => {
    if (!srcs[i]) return;
    const img = document.createElement("img");
    img.src = "data:image/jpeg;base64," + srcs[i];
    img.style.width = t.getBoundingClientRect().width + "px";
    t.replaceWith(img);
  });
}`);
const pdf = await page.pdf({ format: "A4" });
await browser.close();
mkdirSync(dir, { recursive: true });
const name = `portal-${seed}.images${only ? "-" + table : ""}${prose ? "-prose" : ""}.pdf`;
writeFileSync(join(dir, name), pdf);
const label = { file: name, template, cells: made.cells };
writeFileSync(join(dir, `${name}.cells.json`), JSON.stringify(label, null, 1) + "\n");
process.stdout.write(
  `${name}: ${pdf.length} bytes, ${shots.filter(Boolean).length} tables as pictures\n`,
);
