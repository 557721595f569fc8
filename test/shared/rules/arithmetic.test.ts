import { describe, expect, it } from "vitest";
import { renderMessage } from "../../../shared/messages/zh-CN.js";
import { consistentReport } from "../../gen/consistent-report.js";
import { edit, findings, value } from "./edit.js";

const r19 = consistentReport(21, "2019");
const r21 = consistentReport(22, "2021");
const plus = (r: typeof r19, id: string, d: number) => edit(r, { [id]: value(r, id) + d });

describe("A01–A04 table identities", () => {
  it("A01: one finding per failing column, the blamed cell first", () => {
    const r = plus(plus(r21, "t3.new.social", 1), "t3.new.research", 1);
    const a01 = findings(r, "A01");
    expect(a01.map((f) => f.params.line)).toEqual(["research", "social"]);
    expect(a01.map((f) => f.cells[0])).toEqual(["t3.new.research", "t3.new.social"]);
    const carried = plus(r21, "t3.carryOver.natural", 1);
    const [one] = findings(carried, "A01");
    expect(one?.cells[0]).toBe("t3.carryOver.natural");
    const n = value(r21, "t3.new.natural") + value(r21, "t3.carried.natural");
    expect(renderMessage(one!)).toBe(
      `表三「自然人」列：新收+上年结转（${n}）≠ 办理结果总计+结转下年（${n + 1}）`,
    );
  });

  it("A02: results against （七）总计, with the 2021 其他处理 rows", () => {
    const r = plus(r21, "t3.other.noFee.total", 2);
    const a02 = findings(r, "A02");
    expect(a02).toHaveLength(1);
    expect(a02[0]?.cells[0]).toBe("t3.other.noFee.total");
    expect(a02[0]?.cells).toContain("t3.other.noCorrection.total");
    expect(renderMessage(a02[0]!)).toMatch(
      /^表三「总计」列：各项办理结果之和（\d+）≠「（七）总计」（\d+）$/,
    );
    expect(findings(plus(r19, "t3.other.total", 2), "A02")[0]?.cells[0]).toBe("t3.other.total");
  });

  it("A03: applicants against 总计 in each row", () => {
    const a03 = findings(plus(r19, "t3.new.total", 1), "A03");
    expect(a03.map(renderMessage)).toEqual([
      `表三「一、本年新收政府信息公开申请数量」行：各类申请人之和（${value(r19, "t3.new.total")}）≠ 总计（${value(r19, "t3.new.total") + 1}）`,
    ]);
    expect(a03[0]?.cells[0]).toBe("t3.new.total");
  });

  it("A04: each group of table 四", () => {
    const a04 = findings(plus(r19, "t4.suitAfterReview.total", 1), "A04");
    expect(a04.map((f) => f.cells[0])).toEqual(["t4.suitAfterReview.total"]);
    expect(renderMessage(a04[0]!)).toMatch(
      /^表四「复议后起诉」：维持\+纠正\+其他\+尚未审结（\d+）≠ 总计（\d+）$/,
    );
  });

  it("skip identities with a blank or text cell, and tables not found", () => {
    const r = edit(plus(r19, "t3.new.natural", 1), { "t3.carried.natural": null });
    expect(findings(r, "A01")).toEqual([]);
    expect(findings(r, "A03").map((f) => f.params.line)).toEqual(["new"]);
    expect(
      findings(
        { ...plus(r19, "t4.review.total", 1), tables: { 2: true, 3: true, 4: false } },
        "A04",
      ),
    ).toEqual([]);
  });
});

describe("A05–A07 table 二", () => {
  it("A05: 2019 本年新公开 ≤ 对外公开总数", () => {
    const r = edit(r19, { "t2.normative.published": 20, "t2.normative.total": 18 });
    expect(findings(r, "A05").map(renderMessage)).toEqual([
      "表二「规范性文件」：本年新公开（20）大于对外公开总数（18）",
    ]);
    expect(
      findings(edit(r19, { "t2.normative.published": 18, "t2.normative.total": 18 }), "A05"),
    ).toEqual([]);
    expect(findings({ ...r, template: "2021" }, "A05")).toEqual([]);
  });

  it("A06: 2021 本年制发 ≤ 现行有效 + 本年废止", () => {
    const r = edit(r21, {
      "t2.normative.issued": 17,
      "t2.normative.valid": 10,
      "t2.normative.repealed": 5,
    });
    expect(findings(r, "A06").map(renderMessage)).toEqual([
      "表二「行政规范性文件」：本年制发（17）大于现行有效与本年废止之和（15）",
    ]);
    expect(findings(edit(r, { "t2.normative.valid": 12 }), "A06")).toEqual([]);
  });

  it("A07: 2019 上一年项目数量 + 本年增/减 ≥ 0", () => {
    const r = edit(r19, { "t2.penalty.prev": 20, "t2.penalty.change": -25 });
    const a07 = findings(r, "A07");
    expect(a07.map(renderMessage)).toEqual([
      "表二「行政处罚」：上一年项目数量（20）加本年增减（-25）小于0",
    ]);
    expect(a07[0]?.cells).toEqual(["t2.penalty.prev", "t2.penalty.change"]);
    expect(findings(edit(r, { "t2.penalty.change": -20 }), "A07")).toEqual([]);
  });
});
