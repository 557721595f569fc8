import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkReport } from "../../../shared/rules/index.js";
import { readPdfReport } from "../../support/read-pdf.js";

// Borderless Chrome prints whose tables' heads stand in a band of several lines
// (test/gen/print/fixtures.ts, print-heads/): a head centred under the head spanning it, heads
// wrapped or run together, a head row printed again near a page's edge, blank rows in runs.
const DIR = fileURLToPath(new URL("../../fixtures/print-heads/", import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".pdf"));

interface Label {
  cells: Record<string, number | string | null>;
}

describe.each(FILES)("a borderless print read by its text positions: %s", (file) => {
  const label = JSON.parse(readFileSync(`${DIR}${file}.cells.json`, "utf8")) as Label;
  const ids = Object.keys(label.cells);

  it("reads every cell of tables 二 and 四 and nearly all of 三, none wrong", async () => {
    const report = await readPdfReport(new Uint8Array(readFileSync(DIR + file)));
    const read = ids.filter((id) => id in report.cells);
    expect(read.filter((id) => report.cells[id]?.value !== label.cells[id])).toEqual([]);
    const unread = (t: string) => ids.filter((id) => id.startsWith(t) && !(id in report.cells));
    expect(unread("t2.")).toEqual([]);
    expect(unread("t4.")).toEqual([]);
    const t3 = ids.filter((id) => id.startsWith("t3."));
    expect(unread("t3.").length).toBeLessThanOrEqual(t3.length * 0.05);
  });

  it("takes no heading, spanning head or head row for a column's misprinted head", async () => {
    const report = await readPdfReport(new Uint8Array(readFileSync(DIR + file)));
    const findings = checkReport(report);
    expect(findings.filter((f) => f.rule === "S05" || f.rule === "S06")).toEqual([]);
    const blank = (f: (typeof findings)[number]) =>
      f.rule === "C01" && f.cells.every((id) => label.cells[id] === null);
    const errors = findings.filter((f) => f.severity === "error" && !blank(f));
    expect(errors.map((f) => `${f.rule} ${JSON.stringify(f.params)}`)).toEqual([]);
  });
});
