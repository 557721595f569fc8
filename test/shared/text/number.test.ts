import { describe, expect, it } from "vitest";
import { cellValue, isValueText, parseNumber } from "../../../shared/text/number.js";

describe("printed numbers", () => {
  it.each([
    ["15", 15],
    ["+72", 72],
    ["-418", -418],
    ["＋５", 5],
    ["－３", -3],
    ["１２３", 123],
    ["1,234", 1234],
    ["12,345.67", 12345.67],
    ["29209.84万元", 29209.84],
    ["5313.9461 万元", 5313.9461],
    ["1 234", 1234],
    ["8件", 8],
    ["0", 0],
    ["-0", 0],
  ])("%s → %s", (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(["/", "—", "无", "abc", "1.2.3", "12a", "123456789012345678901234567890"])(
    "%s is not a number",
    (t) => expect(parseNumber(t)).toBeNull(),
  );

  it("cell values: number, null for blank, printed string otherwise", () => {
    expect(cellValue("")).toBeNull();
    expect(cellValue("  ")).toBeNull();
    expect(cellValue("/")).toBe("/");
    expect(cellValue("无")).toBe("无");
    expect(cellValue(" 12 ")).toBe(12);
  });

  it("placeholders are value slots, labels are not", () => {
    expect(isValueText("—")).toBe(true);
    expect(isValueText("")).toBe(true);
    expect(isValueText("行政许可")).toBe(false);
    expect(isValueText("3.其他")).toBe(false);
  });
});
