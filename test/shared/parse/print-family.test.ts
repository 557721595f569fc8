import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Report } from "../../../shared/model/report.js";
import { checkReport } from "../../../shared/rules/index.js";
import { unreadCells } from "../../../shared/rules/kit/unread.js";
import { readText } from "../../support/read-text.js";
import { readPdfReport } from "../../support/read-pdf.js";

// Generated reports on portal pages printed by Chrome (test/gen/print/fixtures.ts): sparse rows,
// values centred in tall rows, heads squeezed into narrow columns, rules dropped.
const DIR = fileURLToPath(new URL("../../fixtures/print/", import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".pdf") || f.endsWith(".txt"));

interface Label {
  cells: Record<string, number | string | null>;
}

async function read(file: string): Promise<Report> {
  const bytes = new Uint8Array(readFileSync(DIR + file));
  if (file.endsWith(".txt")) return readText(new TextDecoder().decode(bytes));
  return readPdfReport(bytes);
}

describe.each(FILES)("a portal page printed by Chrome: %s", (file) => {
  const label = JSON.parse(readFileSync(`${DIR}${file}.cells.json`, "utf8")) as Label;

  it("reads no cell wrong: a cell it cannot place stays unknown, never blank nor shifted", async () => {
    const report = await read(file);
    const wrong = Object.entries(label.cells)
      .filter(([id]) => id in report.cells)
      .filter(([id, v]) => report.cells[id]?.value !== v)
      .map(([id, v]) => `${id}=${JSON.stringify(report.cells[id]?.value)} want ${v}`);
    expect(wrong).toEqual([]);
    // And it reads most of the page, not nothing.
    const known = Object.keys(label.cells).filter((id) => id in report.cells).length;
    expect(known).toBeGreaterThan(Object.keys(label.cells).length / 2);
  });

  it("says what it could not read (S10), and raises no error the page does not deserve", async () => {
    const report = await read(file);
    const missing = Object.keys(label.cells).filter((id) => !(id in report.cells));
    const named = new Set(unreadCells(report).flatMap((u) => u.cells));
    expect(missing.filter((id) => !named.has(id))).toEqual([]);
    const findings = checkReport(report);
    if (missing.length) expect(findings.some((f) => f.rule === "S10")).toBe(true);
    // The page adds up; its blank cells deserve C01, any other error the reading made up: a
    // table missing (S05), or a title without its year (S09) from the portal's banner, menus
    // and breadcrumb printed above it.
    const blank = (f: (typeof findings)[number]) =>
      f.rule === "C01" && f.cells.every((id) => label.cells[id] === null);
    const errors = findings.filter((f) => f.severity === "error" && !blank(f));
    expect(errors.map((f) => `${f.rule} ${JSON.stringify(f.params)}`)).toEqual([]);
  });
});

it("-layout of a page that leaves its zeros blank: columns printing nothing on the page stand under their heads", () => {
  // Borderless print: no line prints all seven of table 三's values, and 科研机构 / 法律服务机构
  // print none on some pages; each column's values overlap from line to line, and a head
  // between two such runs is a column of blanks.
  const file = fileURLToPath(
    new URL("../../fixtures/print-apart/portal-705.noborder.layout.txt", import.meta.url),
  );
  const label = JSON.parse(readFileSync(`${file}.cells.json`, "utf8")) as Label;
  const report = readText(readFileSync(file, "utf8"));
  const t3 = Object.keys(label.cells).filter((id) => id.startsWith("t3."));
  const read = t3.filter((id) => id in report.cells);
  expect(read.filter((id) => report.cells[id]?.value !== label.cells[id])).toEqual([]);
  expect(read.length).toBeGreaterThan(t3.length * 0.8);
  const named = new Set(unreadCells(report).flatMap((u) => u.cells));
  expect(t3.filter((id) => !(id in report.cells) && !named.has(id))).toEqual([]);
});

// 720's -layout (in print-blank/, mostly unread: its blank columns print no head apart): rows
// whose cells are all blank between rows whose labels and numbers share their one line.
it.each(["print/portal-701.noborder.pdf", "print-blank/portal-720.print.layout.txt"])(
  "%s: a row whose cells are all blank (zeros left blank), its numbered label on one line between rows of numbers, reads blank",
  async (path) => {
    const file = fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));
    const label = JSON.parse(readFileSync(`${file}.cells.json`, "utf8")) as Label;
    const bytes = new Uint8Array(readFileSync(file));
    const report = file.endsWith(".txt")
      ? readText(new TextDecoder().decode(bytes))
      : await readPdfReport(bytes);
    const rows = new Map<string, string[]>();
    for (const id of Object.keys(label.cells).filter((k) => k.startsWith("t3."))) {
      const row = id.slice(0, id.lastIndexOf("."));
      rows.set(row, [...(rows.get(row) ?? []), id]);
    }
    const blank = [...rows.values()].filter((ids) => ids.every((id) => label.cells[id] === null));
    // Blank rows that stand between such rows read blank (others may stay unread, S10).
    const readBlank = blank.filter((ids) => ids.every((id) => id in report.cells));
    expect(readBlank.length).toBeGreaterThan(0);
    const read = Object.keys(label.cells).filter((id) => id in report.cells);
    expect(read.filter((id) => report.cells[id]?.value !== label.cells[id])).toEqual([]);
  },
);
