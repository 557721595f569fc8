// Writes the office families as fixtures: one .pdf, its .layout.txt and their labels per look.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LOOKS } from "./look.js";
import { expectedJson, officeSamples } from "./sample.js";

const dir = process.argv[2] ?? "test/fixtures/office";
const only = process.argv[3];
mkdirSync(dir, { recursive: true });
// The filler puts a page break inside a row of table 三 in each: 2.申请人逾期未按收费通 / 知…
// (centred, head rows repeated), 2.申请人逾期未按收 / 费通知… (top-aligned), 5.要求行政机关确认或 /
// 重新出具已获取信息 (bottom-aligned, heads spread, 2019 template).
const FAMILIES = [
  { name: "wps-2021", look: { ...LOOKS.wps, filler: 7 }, template: "2021", seed: 11 },
  { name: "word-2021", look: { ...LOOKS.word, filler: 2 }, template: "2021", seed: 12 },
  { name: "bottom-2019", look: { ...LOOKS.bottom, filler: 7 }, template: "2019", seed: 13 },
] as const;
const chosen = FAMILIES.filter((f) => !only || f.name === only);
const samples = await officeSamples(chosen.map((f) => ({ ...f })));
for (const [i, f] of chosen.entries()) {
  const s = samples[i]!;
  const json = (file: string, layout: "pdf" | "txt") =>
    JSON.stringify(expectedJson(s.report, file, layout), null, 1) + "\n";
  writeFileSync(join(dir, `${f.name}.pdf`), s.pdf);
  writeFileSync(join(dir, `${f.name}.pdf.expected.json`), json(`${f.name}.pdf`, "pdf"));
  writeFileSync(join(dir, `${f.name}.layout.txt`), s.layout);
  writeFileSync(
    join(dir, `${f.name}.layout.txt.expected.json`),
    json(`${f.name}.layout.txt`, "txt"),
  );
  process.stdout.write(`${f.name}: ${s.pdf.length} bytes\n`);
}
