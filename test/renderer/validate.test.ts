import { describe, expect, it } from "vitest";
import { cellKind, checkCellInput } from "../../renderer/features/grid/validate.js";

describe("a cell's input checked as the template demands", () => {
  it("knows counts, amounts and 本年增/减 by their ids", () => {
    expect(cellKind("t3.new.natural")).toBe("count");
    expect(cellKind("t2.procurement.amount")).toBe("amount");
    expect(cellKind("t2.license.change")).toBe("change");
  });

  it("a count is a whole number ≥ 0", () => {
    expect(checkCellInput("t3.new.natural", "１２")).toEqual({ ok: true, value: 12 });
    expect(checkCellInput("t3.new.natural", "")).toEqual({ ok: true, value: null });
    const abc = checkCellInput("t3.new.natural", "abc");
    expect(abc).toEqual({
      ok: false,
      message: "「abc」不是数值：应为不小于 0 的整数；原文印作 /、— 或“无”的可照录",
    });
    expect(checkCellInput("t3.new.natural", "-3").ok).toBe(false);
    expect(checkCellInput("t3.new.natural", "2.5").ok).toBe(false);
  });

  it("an amount is a number; 本年增/减 a signed whole number", () => {
    expect(checkCellInput("t2.procurement.amount", "29209.84万元")).toEqual({
      ok: true,
      value: 29209.84,
    });
    expect(checkCellInput("t2.procurement.amount", "约三万").ok).toBe(false);
    expect(checkCellInput("t2.license.change", "－2")).toEqual({ ok: true, value: -2 });
    expect(checkCellInput("t2.license.change", "+0.5").ok).toBe(false);
  });

  it("keeps / — 无 as printed text (rules.md C02 reports them)", () => {
    for (const t of ["/", "／", "—", "——", "无"])
      expect(checkCellInput("t2.license.decisions", ` ${t} `)).toEqual({ ok: true, value: t });
  });
});
