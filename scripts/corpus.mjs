#!/usr/bin/env node
// Corpus evaluation: runs the CLI on every labelled report in test/fixtures and scores it the way
// ../shared/tools/score.mjs does (cells exactly, every expected finding by rule and cell).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve, basename } from "node:path";

const dirs = ["test/fixtures/corpus", "test/fixtures/examples", "test/fixtures/converted", "test/fixtures/web", "test/fixtures/word97"];
const labels = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".expected.json")).map((f) => join(d, f)));
const files = labels.map((l) => l.slice(0, -".expected.json".length));
let out;
try {
  out = execFileSync("node", ["bin/nianbao.js", "check", "--json", ...files], { encoding: "utf8", maxBuffer: 1 << 28 });
} catch (e) {
  out = e.stdout;
}
const results = new Map(JSON.parse(out).map((r) => [resolve(r.file), r]));
// Amounts: some labelled files print fewer decimals than their label (29209.8万元 for 29209.84).
const same = (id, a, b) =>
  a === null || b === null ? a === b : typeof a === "number" && typeof b === "number"
    ? Math.abs(a - b) < (id.endsWith(".amount") ? 0.05 : 1e-6) : String(a).trim() === String(b).trim();
let cells = 0, ok = 0, exps = 0, found = 0, failed = 0;
const problems = [];
for (const [i, label] of labels.entries()) {
  const L = JSON.parse(readFileSync(label, "utf8"));
  const r = results.get(resolve(files[i]));
  const expected = L.expected ?? [];
  if (!r?.ok) { failed++; problems.push(`${basename(files[i])}: ${JSON.stringify(r?.error)}`); continue; }
  for (const [id, v] of Object.entries(L.cells)) { cells++; if (id in r.report.cells && same(id, r.report.cells[id].value, v)) ok++; else problems.push(`${basename(files[i])}: ${id}=${JSON.stringify(r.report.cells[id]?.value)} want ${JSON.stringify(v)}`); }
  for (const e of expected) {
    exps++;
    const hit = r.report.findings.some((f) => f.rule === e.rule && (!e.cells.length || f.cells.some((c) => e.cells.includes(c))));
    if (hit) found++; else problems.push(`${basename(files[i])}: missed ${e.rule} ${e.cells.join("+")}`);
  }
}
for (const p of problems.slice(0, 40)) console.log("  " + p);
console.log(`corpus: files ${files.length} failed ${failed} | cells ${ok}/${cells} | expected findings ${found}/${exps}`);
process.exit(failed || ok < cells || found < exps ? 1 : 0);
