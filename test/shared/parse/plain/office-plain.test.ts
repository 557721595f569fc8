import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { txtDocument } from "../../../../shared/parse/txt/document.js";
import { readReport } from "../../../../shared/parse/report.js";
import type { Report } from "../../../../shared/model/report.js";
import { checkReport } from "../../../../shared/rules/index.js";

// Plain pdftotext (no -layout) of generated office reports (.docx with merged cells printed by
// LibreOffice): poppler prints table 二 item by item column by column (a head, then its
// column's values), table 三's row labels in one block before every value and each column of a
// band of rows as a strip of values, and table 四 in an order its heads do not give.
const dir = "test/fixtures/txt-pdf/office-plain";
type Cells = Record<string, number | string | null>;
const want = (f: string) =>
  (JSON.parse(readFileSync(join(dir, `${f}.expected.json`), "utf8")) as { cells: Cells }).cells;
const text = (f: string) => readFileSync(join(dir, f), "utf8");

function read(t: string): Report {
  const doc = txtDocument(new TextEncoder().encode(t));
  if ("code" in doc) throw new Error(doc.message);
  const res = readReport(doc);
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.report;
}

const ids = (r: Report, table: string) =>
  Object.keys(r.cells).filter((id) => id.startsWith(`${table}.`));

function expectNoneWrong(r: Report, cells: Cells) {
  const wrong = Object.keys(cells).filter(
    (id) => id in r.cells && r.cells[id]?.value !== cells[id],
  );
  expect(wrong.map((id) => `${id}=${r.cells[id]?.value} want ${cells[id]}`)).toEqual([]);
}

describe("plain pdftotext of office PDFs: poppler's strips and bands", () => {
  it("table 二 column by column and table 三 by its bands: every cell, none wrong (gen-101)", () => {
    const cells = want("gen-101.plain.txt");
    const r = read(text("gen-101.plain.txt"));
    expectNoneWrong(r, cells);
    // Table 四 by poppler's flows: a head's last line in its value's flow, 复议后起诉 and a head
    // printed ahead of the table's heading.
    for (const t of ["t2", "t3", "t4"])
      expect(ids(r, t)).toEqual(Object.keys(cells).filter((id) => id.startsWith(`${t}.`)));
    expect(checkReport(r).filter((f) => f.rule === "S10")).toEqual([]);
    expect(checkReport(r).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a band the order leaves in doubt stays unread, the rest is read (gen-104, 2021)", () => {
    // Two rows whose strips fit the order in several ways, each way putting the same values in
    // them (strips of 0s): read. Three rows whose values differ by the way: unread.
    const cells = want("gen-104.plain.txt");
    const r = read(text("gen-104.plain.txt"));
    expectNoneWrong(r, cells);
    expect(ids(r, "t2")).toHaveLength(10);
    expect(ids(r, "t3").length).toBeGreaterThanOrEqual(154);
    const unread = checkReport(r).filter((f) => f.rule === "S10" && f.params.table === 3);
    expect(unread).toHaveLength(1);
    expect(checkReport(r).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("table 二's last values printed after table 三's heading are table 二's (gen-158, gen-322)", () => {
    // The fee's amount alone (三、… / 32.5237), or the right column of table 二's first item with
    // its head (三、… / 现行有效件数 / 0 / 32): only with them does table 二 print all its cells.
    for (const f of ["gen-158.plain.txt", "gen-322.plain.txt"]) {
      const cells = want(f);
      const r = read(text(f));
      expectNoneWrong(r, cells);
      expect(ids(r, "t2")).toEqual(Object.keys(cells).filter((id) => id.startsWith("t2.")));
      expect(checkReport(r).filter((x) => x.rule === "S10" && x.params.table === 2)).toEqual([]);
    }
    // Table 三 then starts at its own heads: its bands are read.
    expect(ids(read(text("gen-322.plain.txt")), "t3").length).toBeGreaterThanOrEqual(112);
  });

  it("a page whose 总计 head is printed below its values: its strips laid as if no head were printed apart (gen-340)", () => {
    // The last page repeats the heads, 总计's after every value of the page: no way keeps each
    // column's strips after its head; the ways that ignore the heads agree on the page's rows.
    const cells = want("gen-340.plain.txt");
    const r = read(text("gen-340.plain.txt"));
    expectNoneWrong(r, cells);
    for (const row of ["other.other", "total", "carryOver"])
      expect(ids(r, `t3.${row}`)).toHaveLength(7);
    expect(ids(r, "t3").length).toBeGreaterThanOrEqual(168);
    // Never where a middle head comes after values: txt-pdf.test.ts (wps-2021.plain.txt, page 2)
    // fails when the heads are ignored there.
  });

  it("no table readable at all: the report opens, every table found and unknown (S10), not NO_TABLES", () => {
    // Values of table 二 and one of table 三 taken out: no reading of table 二's strips, of its
    // values under their heads or of table 三's bands fits any more; table 四's first group name
    // taken out: none of its values has all that stands above it printed before it.
    const t = text("gen-101.plain.txt")
      .replace("\n91\n318\n", "\n91\n")
      .replace("\n146\n211\n", "\n146\n")
      .replace("采购项目数量\n17\n", "采购项目数量\n")
      .replace("\n37\n1\n16\n0\n", "\n37\n1\n16\n")
      .replace("\n行政复议\n", "\n");
    expect(t).not.toBe(text("gen-101.plain.txt"));
    const r = read(t);
    expect(Object.keys(r.cells)).toEqual([]);
    expect(r.tables).toEqual({ 2: true, 3: true, 4: true });
    expect(r.messages.filter((m) => m.code === "TABLE_UNREAD").map((m) => m.params.table)).toEqual([
      2, 3, 4,
    ]);
    const rules = checkReport(r).map((f) => f.rule);
    expect(rules.filter((x) => x === "S10")).toHaveLength(3);
    expect(rules).not.toContain("S05");
    expect(rules).not.toContain("C01");
  });
});
