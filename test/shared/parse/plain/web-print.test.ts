import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkReport } from "../../../../shared/rules/index.js";
import { readText } from "../../../support/read-text.js";

// Plain pdftotext of test/fixtures/web/libreoffice-spans.html (corpus sample 004 as LibreOffice's
// HTML) printed to PDF by Chrome, with its table rules and without (test/e2e/print-plain.test.ts
// prints it afresh): every cell a text block of its own, a row's neighbouring cells on one line
// (`0 0`), table 三's last rows printed after table 四's heading when the rules are gone.
const fixture = (f: string) => new URL(`../../../fixtures/${f}`, import.meta.url);
const truth = (
  JSON.parse(readFileSync(fixture("web/libreoffice-spans.html.expected.json"), "utf8")) as {
    cells: Record<string, number | string | null>;
  }
).cells;
const read = (f: string) => readText(readFileSync(fixture(`web-print/${f}`), "utf8"));
const wrongIn = (cells: Record<string, { value: unknown }>) =>
  Object.keys(cells).filter((id) => cells[id]?.value !== truth[id]);

describe("plain pdftotext of a page printed by Chrome", () => {
  it("with rules: table 三 read row by row, counted, no cell wrong, the page's own S06 only", () => {
    const r = read("libreoffice-spans.print.txt");
    expect(wrongIn(r.cells)).toEqual([]);
    // Every cell printed: the rows come in order, each by its label (before or after it).
    expect(Object.keys(r.cells).filter((id) => id.startsWith("t3.")).length).toBeGreaterThan(155);
    const s06 = checkReport(r).filter((f) => f.rule === "S06");
    // The page's misprints (其他法律法规禁止公开, 无正当理由由大量反复申请), not a group's word
    // wrapped into a label (4.保护第三方合法权益 / 公开).
    expect(s06.map((f) => f.params.printed)).toEqual([
      "2.其他法律法规禁止公开",
      "4.无正当理由由大量反复申请",
    ]);
  });

  it("without rules: rows whose values went past table 四's heading are unread, not blank", () => {
    const r = read("libreoffice-spans.noborder.txt");
    expect(wrongIn(r.cells)).toEqual([]);
    expect(r.cells["t3.notHandled.petition.total"]).toBeUndefined();
    expect(checkReport(r).filter((f) => f.rule === "S10").length).toBeGreaterThan(0);
    expect(checkReport(r).filter((f) => f.rule === "C01")).toEqual([]);
  });
});
