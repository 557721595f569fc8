import { describe, expect, it } from "vitest";
import { renderMessage } from "../../../shared/messages/zh-CN.js";
import { consistentReport } from "../../gen/consistent-report.js";
import { edit, findings } from "./edit.js";

const r19 = consistentReport(11, "2019");
const r21 = consistentReport(12, "2021");

describe("C01 blank cells", () => {
  it("one finding per row, naming the row's blank cells", () => {
    const r = edit(r19, {
      "t3.granted.natural": null,
      "t3.granted.legal": null,
      "t2.penalty.decisions": null,
    });
    const c01 = findings(r, "C01");
    expect(c01.map((f) => f.cells)).toEqual([
      ["t2.penalty.decisions"],
      ["t3.granted.natural", "t3.granted.legal"],
    ]);
    expect(c01.map(renderMessage)).toEqual([
      "表二「行政处罚·处理决定数量」未填写",
      "表三「（一）予以公开」行有2个单元格未填写（自然人、法律服务机构）",
    ]);
    expect(c01[0]?.spans).toEqual([r19.cells["t2.penalty.decisions"]?.span]);
  });

  it("rows blank in the same columns make one finding", () => {
    const ids = ["granted", "partial", "denied.secret"].flatMap((row) =>
      ["natural", "commercial", "research", "social", "legal", "otherOrg"].map(
        (c) => `t3.${row}.${c}`,
      ),
    );
    const c01 = findings(edit(r21, Object.fromEntries(ids.map((id) => [id, null]))), "C01");
    expect(c01).toHaveLength(1);
    expect(c01[0]?.cells).toEqual(ids);
    expect(renderMessage(c01[0]!)).toBe(
      "表三「（一）予以公开」至「（三）不予公开 1.属于国家秘密」共3行，每行有6个单元格未填写（自然人…其他）",
    );
  });

  it("absent cells (row not found) are not blank", () => {
    const cells = { ...r19.cells };
    delete cells["t3.granted.natural"];
    expect(findings({ ...r19, cells }, "C01")).toEqual([]);
  });
});

describe("C02–C04 printed values", () => {
  it("C02: text instead of a number, skipped by the arithmetic", () => {
    const r = edit(r19, { "t2.enforcement.decisions": "/", "t3.new.natural": "—" });
    expect(findings(r, "C02").map(renderMessage)).toEqual([
      "表二「行政强制·处理决定数量」填写为「/」，应填数字",
      "表三「一、本年新收政府信息公开申请数量」行「自然人」列填写为「—」，应填数字",
    ]);
    expect(findings(r, "A01")).toEqual([]);
    expect(findings(r, "A03")).toEqual([]);
  });

  it("C03: negative where only ≥ 0 is possible, not 本年增/减", () => {
    const r = edit(r19, { "t3.carryOver.total": -1, "t2.license.change": -5 });
    const c03 = findings(r, "C03");
    expect(c03.map((f) => f.cells)).toEqual([["t3.carryOver.total"]]);
    expect(renderMessage(c03[0]!)).toBe(
      "表三「四、结转下年度继续办理」行「总计」列为 -1，不应为负数",
    );
  });

  it("C04: a fraction in a count, not in an amount", () => {
    const r = edit(r19, { "t2.license.decisions": 12.5, "t2.procurement.amount": 12.5 });
    expect(findings(r, "C04").map(renderMessage)).toEqual([
      "表二「行政许可·处理决定数量」为 12.5，应为整数",
    ]);
    expect(findings(edit(r21, { "t2.fee.amount": 3.25 }), "C04")).toEqual([]);
  });
});

describe("C05 amounts", () => {
  it("in 元, with too many decimals, or too large", () => {
    const yuan = edit(
      r19,
      { "t2.procurement.amount": 29209840 },
      { "t2.procurement.amount": "29209840元" },
    );
    expect(findings(yuan, "C05").map(renderMessage)).toEqual([
      "表二「政府集中采购·采购总金额」填写为「29209840元」，单位应为万元",
    ]);
    const decimals = edit(r21, { "t2.fee.amount": 5313.94612 });
    expect(findings(decimals, "C05")[0]?.code).toBe("amount_decimals");
    expect(findings(edit(r19, { "t2.procurement.amount": 20_000_000 }), "C05")[0]?.code).toBe(
      "amount_max",
    );
    expect(
      findings(
        edit(r21, { "t2.fee.amount": 5313.9461 }, { "t2.fee.amount": "5313.9461万元" }),
        "C05",
      ),
    ).toEqual([]);
    expect(findings(r19, "C05")).toEqual([]);
  });
});
