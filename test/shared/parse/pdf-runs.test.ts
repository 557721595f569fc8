import { describe, expect, it } from "vitest";
import { pageLines } from "../../../shared/parse/pdf/lines.js";
import { tableCells } from "../../../shared/parse/pdf/cells.js";

const item = (str: string, x: number, w: number) => ({ str, x, y: 100, w, h: 10 });
const texts = (items: ReturnType<typeof item>[]) =>
  pageLines(items).flatMap((l) => l.frags.map((f) => f.text));

describe("a .pdf line's runs", () => {
  it("keeps a signed number apart from the number before it: 195 +177, never 195+177", () => {
    // Two runs 2.5 pt apart at 10 pt: closer than cells, but two numbers.
    expect(texts([item("195", 300, 16.7), item("+177", 319.2, 22)])).toEqual(["195 +177"]);
    expect(texts([item("195", 300, 16.7), item("－177", 319.2, 22)])).toEqual(["195 －177"]);
  });

  it("still joins runs that touch, and a CJK label with its number", () => {
    expect(texts([item("19", 300, 11), item("5", 311, 5.5)])).toEqual(["195"]);
    expect(texts([item("共", 300, 10), item("+3", 312, 10)])).toEqual(["共+3"]);
  });

  it("takes apart numbers pdf.js put in one run a space apart, in a table (drawn tight)", () => {
    const cells = (...items: ReturnType<typeof item>[]) =>
      tableCells(pageLines(items)).map((c) => c.text);
    // A borderless page table printed from Chrome: the cells 13612 and 252 as one run.
    expect(cells(item("13612 252", 300, 54))).toEqual(["13612", "252"]);
    expect(cells(item("13 0 0 13", 300, 54))).toEqual(["13", "0", "0", "13"]);
    // Digits set one a run across a cell (分散对齐) are one number; so is a label's text.
    expect(cells(item("2 1 6 8", 300, 42))).toEqual(["2 1 6 8"]);
    expect(cells(item("共 15 件", 300, 42))).toEqual(["共 15 件"]);
    // In prose the run stays as printed.
    expect(texts([item("195 +177", 300, 42)])).toEqual(["195 +177"]);
  });

  it("takes a number apart from a label that fills its column, in a table's column only", () => {
    const row = (y: number, label: string, n: string, x: number) => [
      { str: label, x: 8, y, w: label.length * 12, h: 12 },
      { str: n, x, y, w: n.length * 6, h: 12 },
    ];
    // 行政规范性文件 fills its column; its 564 starts where 规章's 3 does.
    const lines = pageLines([
      ...row(100, "规章", "3", 95.3),
      { str: "5", x: 170, y: 100, w: 6, h: 12 },
      ...row(130, "行政规范性文件", "564", 95.3),
      { str: "984", x: 170, y: 130, w: 18, h: 12 },
      ...row(160, "行政事业性收费", "316441", 95.3),
    ]);
    expect(tableCells(lines).map((c) => c.text)).toEqual([
      "规章",
      "3",
      "5",
      "行政规范性文件",
      "564",
      "984",
      "行政事业性收费",
      "316441",
    ]);
    // A line of prose keeps its number: no column of numbers to stand in.
    const prose = pageLines(row(100, "全年共收到政府信息公开申请", "15", 167));
    expect(tableCells(prose).map((c) => c.text)).toEqual(["全年共收到政府信息公开申请15"]);
  });
});
