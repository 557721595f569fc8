import { describe, expect, it } from "vitest";
import type { Report } from "../../../shared/model/report.js";
import { renderMessage } from "../../../shared/messages/zh-CN.js";
import { findingPlace } from "../../../shared/memo/place.js";
import { checkReport } from "../../../shared/rules/index.js";
import { T3_COLUMNS } from "../../../shared/templates/table3.js";
import { consistentReport } from "../../gen/consistent-report.js";
import { edit, findings } from "./edit.js";

const r21 = consistentReport(71, "2021");
const r19 = consistentReport(72, "2019");

/** The report without the cells `drop` selects (what a reader could not read). */
function unread(r: Report, drop: (id: string) => boolean): Report {
  return { ...r, cells: Object.fromEntries(Object.entries(r.cells).filter(([id]) => !drop(id))) };
}

const alarms = (r: Report) =>
  checkReport(r)
    .filter((f) => f.severity !== "info")
    .map((f) => f.rule);

describe("S10 what the reader could not read", () => {
  it("a consistent report has none", () => {
    expect(findings(r21, "S10")).toEqual([]);
    expect(findings(r19, "S10")).toEqual([]);
  });

  it("rows, columns and lone cells, one finding each, grouped", () => {
    const r = unread(
      r21,
      (id) =>
        id.startsWith("t3.granted.") ||
        id.startsWith("t3.partial.") ||
        /^t3\..*\.legal$/.test(id) ||
        id === "t3.new.natural" ||
        id.startsWith("t4.review."),
    );
    const s10 = findings(r, "S10");
    expect(s10.map((f) => [f.params.table, f.params.part, f.params.keys])).toEqual([
      [3, "rows", ["t3.granted", "t3.partial"]],
      [3, "columns", ["legal"]],
      [3, "cells", ["t3.new.natural"]],
      [4, "rows", ["t4.review"]],
    ]);
    expect(s10.map(renderMessage)).toEqual([
      "表三未能读取「（一）予以公开」、「（二）部分公开（区分处理的，只计这一…」共2行（14个单元格），已按未知处理（不作空白），相关核对未进行，请对照原文",
      "表三未能读取「法律服务机构」列（23个单元格），已按未知处理（不作空白），相关核对未进行，请对照原文",
      "表三未能读取1个单元格（「一、本年新收政府信息公开申请数量」行「自然人」列），已按未知处理（不作空白），相关核对未进行，请对照原文",
      "表四未能读取「行政复议」栏（5个单元格），已按未知处理（不作空白），相关核对未进行，请对照原文",
    ]);
    expect(s10.every((f) => f.severity === "warning")).toBe(true);
    // Nothing else fires on cells that are unknown: no C01, no arithmetic over them.
    expect(alarms(r)).toEqual(["S10", "S10", "S10", "S10"]);
  });

  it("the memo says an unread cell was not read, never that the report left it blank", () => {
    const r = unread(r21, (id) => id.startsWith("t4.review."));
    const [f] = findings(r, "S10");
    expect(findingPlace(f?.cells ?? [], r.cells, {}, r.template)).toBe(
      "表四「行政复议」行「结果维持」「结果纠正」「其他结果」「尚未审结」「总计」列（均未读到）",
    );
  });

  it("a blank cell is C01, not S10", () => {
    const r = edit(r21, { "t3.granted.natural": null });
    expect(findings(r, "S10")).toEqual([]);
    expect(findings(r, "C01")[0]?.cells).toEqual(["t3.granted.natural"]);
  });

  it("rules needing an unread cell do not fire, whatever its neighbours say", () => {
    // A wrong total next to an unread part: A01–A04 cannot be checked, so they stay silent.
    const wrong = edit(r21, {
      "t3.total.total": 999,
      "t4.review.total": 999,
      "t2.regulation.issued": 5,
    });
    const r = unread(
      { ...wrong, level: "county-gov" },
      (id) =>
        id === "t3.granted.total" ||
        id === "t3.carryOver.total" ||
        id === "t3.total.natural" ||
        id === "t4.review.pending" ||
        id.startsWith("t2.regulation."),
    );
    for (const rule of ["A01", "A02", "A03", "A04", "D01", "C01"])
      expect(
        findings(r, rule).filter((f) => f.cells.some((c) => !(c in r.cells))),
        rule,
      ).toEqual([]);
    expect(findings({ ...r, text: "全年共办结政府信息公开申请999件。" }, "N01")).toEqual([]);
  });

  it("tables not found are S05, not S10", () => {
    const r = unread({ ...r21, tables: { 2: true, 3: false, 4: true } }, (id) =>
      id.startsWith("t3."),
    );
    expect(findings(r, "S10")).toEqual([]);
    expect(findings(r, "S05")).toHaveLength(1);
  });
});

describe("a 2021 table 三 printing （六）其他处理 as one 2019-style row", () => {
  const sum = (c: string) =>
    ["noCorrection", "noFee", "other"]
      .map((k) => r21.cells[`t3.other.${k}.${c}`]?.value)
      .reduce<number>((a, b) => a + (typeof b === "number" ? b : 0), 0);
  const merged = edit(
    unread(r21, (id) => id.startsWith("t3.other.")),
    Object.fromEntries(T3_COLUMNS.map((c) => [`t3.other.${c.key}`, sum(c.key)])),
  );

  it("is S07 (info) naming the row, with no S10 for the three rows it stands for", () => {
    const s07 = findings(merged, "S07");
    expect(s07.map(renderMessage)).toEqual([
      "表三「（六）其他处理」按2019版模板印为一行，未按2021版模板分三项填报，已按该行读取",
    ]);
    expect(s07[0]?.cells).toEqual(T3_COLUMNS.map((c) => `t3.other.${c.key}`));
    expect(alarms(merged)).toEqual([]);
  });

  it("its row counts in the sum of results (A02) and its blanks are C01", () => {
    const wrong = edit(merged, { "t3.other.total": sum("total") + 1 });
    expect(findings(wrong, "A02").map((f) => f.params.line)).toEqual(["total"]);
    const blank = edit(merged, { "t3.other.natural": null });
    expect(findings(blank, "C01")[0]?.cells).toEqual(["t3.other.natural"]);
  });
});
