import { describe, expect, it } from "vitest";
import { combine, looksNumeric, mistaken, tidy } from "../../../shared/scan/reading.js";
import { legible } from "../../../shared/scan/quality.js";
import type { OcrContent } from "../../../shared/model/scan.js";

describe("a cell from its digits-only and Chinese readings", () => {
  it("is sure when both read the same number, the unit kept from the Chinese reading", () => {
    expect(combine({ text: "12", confidence: 90 }, { text: "12", confidence: 70 })).toEqual({
      text: "12",
      confidence: 90,
      numeric: true,
    });
    expect(
      combine({ text: "29209.8", confidence: 88 }, { text: "29209.8 万 元", confidence: 91 }),
    ).toEqual({ text: "29209.8万元", confidence: 91, numeric: true });
  });

  it("keeps a sure digit the Chinese model took for a character, a little less sure", () => {
    expect(combine({ text: "5", confidence: 96 }, { text: "号", confidence: 55 })).toEqual({
      text: "5",
      confidence: 86,
      numeric: true,
    });
  });

  it("is unsure (待核对) when the two readings disagree on the number", () => {
    const r = combine({ text: "18", confidence: 92 }, { text: "16", confidence: 90 });
    expect(r.text).toBe("18");
    expect(r.confidence).toBeLessThanOrEqual(60);
  });

  it("takes a label for a label whatever the digits pass made of it", () => {
    expect(looksNumeric({ text: "1", confidence: 75 })).toBe(true);
    expect(combine({ text: "1", confidence: 75 }, { text: "科研 机 构", confidence: 93 })).toEqual({
      text: "科研机构",
      confidence: 93,
      numeric: false,
    });
    expect(looksNumeric({ text: "2 15", confidence: 3 })).toBe(false);
  });

  it("keeps an unsure number where the Chinese model saw a stray mark, not a placeholder", () => {
    expect(mistaken({ text: "1", confidence: 45 }, { text: "】", confidence: 38 })).toBe(true);
    expect(combine({ text: "1", confidence: 45 }, { text: "】", confidence: 38 })).toMatchObject({
      text: "1",
      numeric: true,
    });
    expect(mistaken({ text: "1", confidence: 45 }, { text: "/", confidence: 80 })).toBe(false);
    expect(mistaken({ text: "2", confidence: 10 }, { text: "总计", confidence: 92 })).toBe(false);
  });

  it("drops the recogniser's spaces between Chinese characters, not between Latin words", () => {
    expect(tidy("一 、 本 年 新 收 政府 信息 公开 2020 年")).toBe("一、本年新收政府信息公开2020年");
    expect(tidy("Page  one of  two")).toBe("Page one of two");
  });
});

describe("a scan's legibility", () => {
  const scan = (text: string, confidence: number): OcrContent => ({
    pages: [
      {
        width: 595,
        height: 842,
        skew: 0,
        blocks: [{ kind: "line", line: { text, confidence, box: [0, 0, 10, 10] } }],
      },
    ],
  });

  it("needs enough characters read with enough confidence", () => {
    const prose = "本机关2020年度政府信息公开工作年度报告依据条例编制".repeat(3);
    expect(legible(scan(prose, 85))).toBe(true);
    expect(legible(scan(prose, 30))).toBe(false);
    expect(legible(scan("二〇", 95))).toBe(false);
    expect(legible({ pages: [] })).toBe(false);
  });
});
