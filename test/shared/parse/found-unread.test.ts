import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderMessage } from "../../../shared/messages/zh-CN.js";
import { checkReport } from "../../../shared/rules/index.js";
import { unreadCells } from "../../../shared/rules/kit/unread.js";
import { T4_COLUMNS, T4_GROUPS } from "../../../shared/templates/table4.js";
import { readText } from "../../support/read-text.js";

const fixture = (path: string) =>
  readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), "utf8");

describe("a table found but not read is named (S10), never missing (S05)", () => {
  it("table 四's head stacked so narrow in a printed page that its words came apart", () => {
    const report = readText(fixture("print-apart/portal-705.noborder.layout.txt"));
    const findings = checkReport(report);
    expect(findings.filter((f) => f.rule === "S05")).toEqual([]);
    expect(report.tables[4]).toBe(true);
    const label = JSON.parse(fixture("print-apart/portal-705.noborder.layout.txt.cells.json")) as {
      cells: Record<string, number | null>;
    };
    const named = new Set(unreadCells(report).flatMap((u) => u.cells));
    const t4 = T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => `t4.${g.key}.${c.key}`));
    const misread = t4.filter((id) =>
      id in report.cells ? report.cells[id]?.value !== label.cells[id] : !named.has(id),
    );
    expect(misread).toEqual([]);
  });

  it("tables whose template version is unknown are said unread as a whole", () => {
    const report = readText(fixture("examples/e004.txt"));
    const cells = Object.fromEntries(
      Object.entries(report.cells).filter(([id]) => !/^t[23]\./.test(id)),
    );
    const unknown = { ...report, template: null, cells };
    const s10 = checkReport(unknown).filter((f) => f.rule === "S10");
    expect(s10.map((f) => f.params.table)).toEqual([2, 3]);
    expect(renderMessage(s10[0]!)).toContain("表二未能读取（未能识别表格所用模板版本");
    expect(checkReport(unknown).filter((f) => f.rule === "S05")).toEqual([]);
  });
});
