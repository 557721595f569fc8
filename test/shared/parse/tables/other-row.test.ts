import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Report } from "../../../../shared/model/report.js";
import { reportIssues } from "../../../../shared/templates/report-schema.js";
import { renderMessage } from "../../../../shared/messages/zh-CN.js";
import { readReport } from "../../../../shared/parse/report.js";
import { txtDocument } from "../../../../shared/parse/txt/document.js";
import { checkReport } from "../../../../shared/rules/index.js";
import { otherAsOneRow, renderVariant } from "../../../gen/variants.js";
import type { CellMap } from "../../../gen/tables-grid.js";

// A clean 2021 report (example e003) whose table 三 prints （六）其他处理 as one row, as hzq2023.
const LABELS = JSON.parse(
  readFileSync(
    new URL("../../../fixtures/examples/e003.txt.expected.json", import.meta.url),
    "utf8",
  ),
) as { cells: CellMap };
const { t3, printed } = otherAsOneRow(LABELS.cells);

function read(layout: "tabs" | "pipes" | "cells" | "lines"): Report {
  const title = "望川县人民政府2021年政府信息公开工作年度报告";
  const text = renderVariant({ title, template: "2021", cells: LABELS.cells }, { layout }, { t3 });
  const doc = txtDocument(new TextEncoder().encode(text));
  if ("code" in doc) throw new Error(doc.message);
  const res = readReport(doc);
  if (!res.ok) throw new Error(res.error.message);
  return res.report;
}

describe("a 2021 table 三 printing （六）其他处理 as one 2019-style row", () => {
  for (const layout of ["tabs", "pipes", "cells", "lines"] as const)
    it(`reads it as t3.other.*, S07 and nothing else (${layout})`, () => {
      const r = read(layout);
      expect(r.template).toBe("2021");
      for (const [id, v] of Object.entries(printed)) expect(r.cells[id]?.value, id).toBe(v);
      expect(Object.keys(r.cells).filter((id) => /^t3\.other\.\w+\.\w+$/.test(id))).toEqual([]);
      expect(reportIssues(r)).toEqual([]);
      const findings = checkReport(r);
      expect(findings.filter((f) => f.rule === "S07").map(renderMessage)).toEqual([
        "表三「（六）其他处理」按2019版模板印为一行，未按2021版模板分三项填报，已按该行读取",
      ]);
      expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
      expect(r.messages.filter((m) => m.code === "ROW_NOT_FOUND")).toEqual([]);
    });
});
