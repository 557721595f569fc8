import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../../../electron/node/adapters/docx.js";
import { docxDocument } from "../../../../shared/parse/docx/rows.js";
import { readReport } from "../../../../shared/parse/report.js";
import type { Report } from "../../../../shared/model/report.js";
import { checkReport } from "../../../../shared/rules/index.js";

const FILE = new URL("../../../fixtures/real/wps-template-2021.docx", import.meta.url);
const expected = JSON.parse(readFileSync(new URL(`${FILE.href}.expected.json`), "utf8")) as {
  template: string;
  cells: Record<string, null>;
};

async function report(): Promise<Report> {
  const content = await readDocx(readFileSync(FILE));
  if ("code" in content) throw new Error(content.message);
  const res = readReport(docxDocument(content));
  if (!res.ok) throw new Error(res.error.message);
  return res.report;
}

describe("the blank 2021 template as WPS Office writes it", () => {
  it("reads every template cell, table 四 included, as blank", async () => {
    const r = await report();
    expect(r.template).toBe(expected.template);
    expect(r.tables).toEqual({ 2: true, 3: true, 4: true });
    const got = Object.fromEntries(
      Object.keys(expected.cells).map((id) => [id, r.cells[id]?.value]),
    );
    expect(got).toEqual(expected.cells);
    expect(Object.keys(r.cells).sort()).toEqual(Object.keys(expected.cells).sort());
  });

  it("header cells of two paragraphs match their template labels", async () => {
    const r = await report();
    expect(r.text).toContain("结果 纠正");
    expect(r.labels).toEqual([]);
  });

  it("gives C01 for table 四, no S05, and no warning about the template's instructions", async () => {
    const findings = checkReport(await report());
    const c01 = findings.filter((f) => f.rule === "C01");
    expect(c01.some((f) => f.cells.includes("t4.review.total"))).toBe(true);
    const alarms = findings.filter((f) => f.severity !== "info").map((f) => f.rule);
    expect([...new Set(alarms)].sort()).toEqual(["C01", "S08", "S09"]);
    const d06 = findings.find((f) => f.rule === "D06");
    expect(d06).toMatchObject({ severity: "info", code: "section_placeholder" });
  });
});
