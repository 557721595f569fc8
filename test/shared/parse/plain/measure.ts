// Cells read from plain `pdftotext` (no -layout) of every labelled PDF at hand: the corpus and
// example PDFs, the real ones, LibreOffice renderings of the corpus and example .docx, the office
// fixtures and generated office reports. Run: npx vite-node test/shared/parse/plain/measure.ts
// [--verbose] [--generated N [--base SEED]] (generated seeds SEED…, 100 by default). Counts right, wrong (a value placed that differs: a false
// reading), values read as printed where the truth file holds more digits, and unread cells per file.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { txtDocument } from "../../../../shared/parse/txt/document.js";
import { readReport } from "../../../../shared/parse/report.js";
import { docxToPdfs } from "../../../gen/office/render.js";
import { officeSamples } from "../../../gen/office/sample.js";
import { randomLook } from "../../../gen/office/look.js";
import type { TemplateVersion } from "../../../../shared/model/report.js";

type Cells = Record<string, number | string | null>;
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const generated = Number(args[args.indexOf("--generated") + 1] ?? 0) || 0;
const base = args.includes("--base") ? Number(args[args.indexOf("--base") + 1]) : 100;
const cache = ".tmp/plain-measure";
mkdirSync(cache, { recursive: true });

const plain = (pdf: Uint8Array): string =>
  execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], {
    input: pdf,
    maxBuffer: 1 << 26,
  }).toString("utf8");
const cellsOf = (json: string): Cells =>
  (JSON.parse(readFileSync(json, "utf8")) as { cells: Cells }).cells;

const sources: { name: string; text: () => string; cells: Cells }[] = [];
const pdfsIn = (dir: string, test: (f: string) => boolean) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".pdf") && test(f) && existsSync(join(dir, `${f}.expected.json`)))
    .sort();
for (const [dir, test] of [
  ["/work/shared/corpus", () => true],
  ["/work/shared/examples", () => true],
  ["/work/shared/real", () => true],
  ["test/fixtures/office", () => true],
] as const)
  for (const f of pdfsIn(dir, test))
    sources.push({
      name: f,
      text: () => plain(readFileSync(join(dir, f))),
      cells: cellsOf(join(dir, `${f}.expected.json`)),
    });

// LibreOffice renderings of the .docx, cached (rendering is slow).
const docxDirs = ["/work/shared/corpus", "/work/shared/examples"];
const docxs = docxDirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith(".docx") && existsSync(join(d, `${f}.expected.json`)))
    .sort()
    .map((f) => join(d, f)),
);
const cached = (p: string) =>
  join(
    cache,
    p
      .split("/")
      .pop()!
      .replace(/\.docx$/, "-word.pdf"),
  );
const todo = docxs.filter((p) => !existsSync(cached(p)));
if (todo.length)
  docxToPdfs(todo.map((p) => new Uint8Array(readFileSync(p)))).forEach((pdf, i) =>
    writeFileSync(cached(todo[i]!), pdf),
  );
for (const p of docxs)
  sources.push({
    name: cached(p).split("/").pop()!,
    text: () => plain(readFileSync(cached(p))),
    cells: cellsOf(`${p}.expected.json`),
  });

if (generated) {
  const plans = Array.from({ length: generated }, (_, i) => ({
    seed: base + i,
    template: ((base + i) % 2 ? "2019" : "2021") as TemplateVersion,
    look: randomLook(base + i),
  }));
  const samples = await officeSamples(plans);
  samples.forEach((s, i) =>
    sources.push({
      name: `gen-${plans[i]!.seed}`,
      text: () => plain(s.pdf),
      cells: s.report.cells,
    }),
  );
}

const same = (a: unknown, b: unknown) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-6 : a === b;
/**
 * A value read as the file prints it where the truth file holds more digits (the corpus PDFs
 * and .docx print 29209.8 for 29209.84): the truth rounded to the printed decimals, and the
 * number printed so in the text. Not a misreading; counted apart.
 */
const printedShorter = (got: unknown, want: unknown, text: string) => {
  if (typeof got !== "number" || typeof want !== "number") return false;
  const printed = String(got);
  const decimals = printed.split(".")[1]?.length ?? 0;
  return (
    decimals > 0 &&
    Number(want.toFixed(decimals)) === got &&
    new RegExp(`(^|[^\\d.])${printed.replace(".", "\\.")}(?![\\d])`).test(text)
  );
};
let total = 0;
let right = 0;
let wrong = 0;
let shorter = 0;
for (const s of sources) {
  const text = s.text();
  const doc = txtDocument(new TextEncoder().encode(text));
  const res = "code" in doc ? null : readReport(doc);
  const got = res?.ok ? res.report.cells : {};
  const ids = Object.keys(s.cells);
  const ok = ids.filter((id) => id in got && same(got[id]?.value, s.cells[id]));
  const differ = ids.filter((id) => id in got && !same(got[id]?.value, s.cells[id]));
  const short = differ.filter((id) => printedShorter(got[id]?.value, s.cells[id], text));
  const bad = differ.filter((id) => !short.includes(id));
  shorter += short.length;
  total += ids.length;
  right += ok.length;
  wrong += bad.length;
  const line = `${s.name}: ${ok.length}/${ids.length} right, ${bad.length} wrong${short.length ? `, ${short.length} printed shorter (${short.map((id) => `${id}=${got[id]?.value} for ${s.cells[id]}`).join(", ")})` : ""}`;
  const absent = ids.filter((id) => !(id in got));
  console.log(
    verbose
      ? `${line} ${bad.map((id) => `${id}=${got[id]?.value} want ${s.cells[id]}`).join(", ")} absent: ${absent.join(" ")}`
      : line,
  );
}
console.log(
  `plain pdftotext: ${right}/${total} cells right, ${wrong} wrong, ${shorter} read as printed where the truth file holds more digits, ${sources.length} files`,
);
