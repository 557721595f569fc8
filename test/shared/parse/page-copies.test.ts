import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../../../shared/model/report.js";
import { isReadError } from "../../../shared/model/errors.js";
import { readContent } from "../../../shared/parse/index.js";
import { checkReport } from "../../../shared/rules/index.js";
import { webPage } from "../../../electron/node/adapters/web-page.js";
import { printPage } from "../../gen/print/page.js";
import { bareCells, divCells, emptyBlankCells } from "../../gen/print/copy.js";
import { scorePrint } from "../../gen/print/score.js";
import { readText } from "../../support/read-text.js";

// Chrome's copies of web pages (test/gen/print/copy-fixtures.ts): the whole page selected and
// copied (Ctrl+A Ctrl+C: a cell's paragraphs apart, an empty line between, blank cells left out
// unless they hold a no-break space) and the page's innerText (a line of tabs between cells).
const dir = "test/fixtures/web-copy";
type Cells = Record<string, number | string | null>;
const truth = (f: string) =>
  (JSON.parse(readFileSync(join(dir, `${f}.expected.json`), "utf8")) as { cells: Cells }).cells;
const read = (f: string) => readText(readFileSync(join(dir, f), "utf8"));

/** The page prints fewer decimals than the label holds (29209.8 for 29209.84): read as printed. */
function asPrinted(got: unknown, want: unknown): boolean {
  if (got === want) return true;
  if (typeof got !== "number" || typeof want !== "number") return false;
  const decimals = String(got).split(".")[1]?.length ?? 0;
  return decimals > 0 && Number(want.toFixed(decimals)) === got;
}

const wrong = (r: Report, cells: Cells) =>
  Object.keys(cells)
    .filter((id) => id in r.cells && !asPrinted(r.cells[id]?.value, cells[id]))
    .map((id) => `${id}=${String(r.cells[id]?.value)} want ${String(cells[id])}`);

const alarms = (r: Report) =>
  checkReport(r)
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.rule} ${JSON.stringify(f.params)}`)
    .sort();

function savedPage(bytes: Uint8Array): Report {
  const input = webPage(bytes, "html");
  if (isReadError(input)) throw new Error(input.message);
  const res = readContent(input);
  if (!res.ok) throw new Error(res.error.message);
  return res.report;
}

describe("a saved page's text as Chrome copies it", () => {
  for (const page of [
    "portal-gb2312.html",
    "no-charset-gbk.htm",
    "libreoffice-spans.html",
    "syfgj2023.html",
  ])
    for (const form of ["copy", "innerText"]) {
      const file = `${page.replace(/\.html?$/, "")}.${form}.txt`;
      it(`${file}: every cell, as the saved page reads, with its findings`, () => {
        const r = read(file);
        const cells = truth(file);
        expect(wrong(r, cells)).toEqual([]);
        expect(Object.keys(cells).filter((id) => !(id in r.cells))).toEqual([]);
        const saved = savedPage(new Uint8Array(readFileSync(join("test/fixtures/web", page))));
        expect(alarms(r)).toEqual(alarms(saved));
      });
    }
});

describe("a generated page whose blank cells are empty (<td></td>)", () => {
  for (const [seed, every] of [
    [718, 1],
    [701, 2],
  ] as const) {
    const html = emptyBlankCells(
      printPage(seed, seed % 2 ? "2019" : "2021").html,
      (k) => k % every === 0,
    );
    const saved = savedPage(new TextEncoder().encode(html));

    it(`p${seed}, copied: a row short of a blank cell is unread (S10), none misplaced`, () => {
      const file = `p${seed}-empty${every}.copy.txt`;
      const r = read(file);
      const s = scorePrint(truth(file), r, saved);
      expect(s.wrong).toEqual([]);
      expect(s.alarms).toEqual([]);
      expect(s.missing).toBeGreaterThan(0);
      // A row of table 三 that prints a figure in every column, or none, is read.
      const cells = truth(file);
      const rows = new Map<string, string[]>();
      for (const id of Object.keys(cells).filter((id) => id.startsWith("t3."))) {
        const row = id.slice(0, id.lastIndexOf("."));
        rows.set(row, [...(rows.get(row) ?? []), id]);
      }
      const whole = (ids: string[]) =>
        ids.every((id) => cells[id] !== null) || ids.every((id) => cells[id] === null);
      const full = [...rows.values()].filter(whole);
      expect(full.length).toBeGreaterThan(0);
      for (const ids of full) expect(ids.filter((id) => !(id in r.cells))).toEqual([]);
      expect(checkReport(r).some((f) => f.rule === "S10")).toBe(true);
    });

    it(`p${seed}, innerText: every cell (a tab for each blank cell)`, () => {
      const file = `p${seed}-empty${every}.innerText.txt`;
      const s = scorePrint(truth(file), read(file), saved);
      expect(s).toEqual({
        same: Object.keys(truth(file)).length,
        missing: 0,
        wrong: [],
        alarms: [],
      });
    });
  }
});

describe("a generated page whose cells hold no paragraphs, or blocks, or both", () => {
  const shapes = [
    { seed: 711, name: "bare", html: (h: string) => bareCells(h, () => true) },
    { seed: 714, name: "divs", html: divCells },
    { seed: 705, name: "mixed", html: (h: string) => bareCells(h, (k) => k % 3 === 0) },
  ];
  for (const { seed, name, html } of shapes) {
    const saved = savedPage(
      new TextEncoder().encode(html(printPage(seed, seed % 2 ? "2019" : "2021").html)),
    );
    for (const form of ["copy", "innerText"]) {
      const file = `p${seed}-${name}.${form}.txt`;
      it(`${file}: no cell misplaced, no false alarm`, () => {
        const s = scorePrint(truth(file), read(file), saved);
        expect(s.wrong).toEqual([]);
        expect(s.alarms).toEqual([]);
        const every = Object.keys(truth(file)).length;
        // Tab rows and blocks: every cell but a value row whose leading blank the copy left out.
        if (name === "divs" || (name === "bare" && form === "innerText"))
          expect(s.same).toBe(every);
        if (name === "bare" && form === "copy") expect(s.missing).toBe(15);
      });
    }
  }
});
