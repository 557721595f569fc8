import { describe, expect, it } from "vitest";
import { emptyHeader, readHeader } from "../../../../shared/parse/tables/header3.js";
import { rowParts } from "../../../../shared/parse/tables/parts.js";
import { emptyOutput } from "../../../../shared/parse/tables/cells.js";

const header = (text: string, x: number, x2: number) => {
  const h = emptyHeader();
  const out = emptyOutput();
  const row = {
    cells: [{ text, span: [0, text.length] as [number, number], x, x2 }],
    span: [0, text.length] as [number, number],
    tabular: true,
  };
  readHeader(rowParts(row), h, out);
  return { h, out };
};

describe("table 三's column heads", () => {
  it("heads of neighbouring columns a space apart in one run: each placed by its characters", () => {
    // A borderless page table printed from Chrome: pdf.js gives the five heads as one run.
    const { h, out } = header("商业企业 科研机构 社会公益组织 法律服务机构 其他", 371, 575);
    const xs = h.anchors.slice(1, 6);
    expect(xs.every((x) => x !== null)).toBe(true);
    expect(xs).toEqual([...(xs as number[])].sort((a, b) => a - b));
    // Values printed under 商业企业 (388) and 法律服务机构 (529) are nearest their own heads.
    expect(Math.abs((xs[0] as number) - 388)).toBeLessThan(10);
    expect(Math.abs((xs[3] as number) - 529)).toBeLessThan(10);
    expect(out.labels).toEqual([]);
  });

  it("a head spread one character a space (商 业 企 业) is one head, not four", () => {
    const { h } = header("商 业 企 业", 371, 420);
    expect(h.anchors.filter((a) => a !== null)).toHaveLength(1);
  });
});

/** Head rows read in turn, each cell `[text, x, x2]`: the header they name. */
function band(rows: [string, number, number][][]) {
  const h = emptyHeader();
  const out = emptyOutput();
  for (const cells of rows) {
    const row = {
      cells: cells.map(([text, x, x2]) => ({ text, span: [0, 1] as [number, number], x, x2 })),
      span: [0, 1] as [number, number],
      tabular: true,
    };
    readHeader(rowParts(row), h, out);
  }
  return { h, out };
}

describe("table 三's head band (a table printed without rules)", () => {
  it("heads wrapped, letter-spaced and stacked over rows of their own name their columns", () => {
    // Narrow columns: 自 然 / 人, 商业 / 企业, 法 律 / 服 务 / 机构, each line a row of its own,
    // 法人或其他组织 over the five in the middle.
    const { h, out } = band([
      [["申请人情况", 280, 340]],
      [
        ["自", 280, 292],
        ["然", 298, 310],
        ["法人或其他组织", 322, 406],
        ["总计", 542, 566],
      ],
      [["人", 280, 292]],
      [
        ["商业", 322, 346],
        ["科研", 366, 390],
        ["社会公", 408, 444],
        ["法", 456, 468],
        ["律", 476, 488],
        ["其他", 501, 525],
      ],
      [
        ["益组织", 408, 444],
        ["服", 456, 468],
        ["务", 476, 488],
      ],
      [
        ["企业", 322, 346],
        ["机构", 366, 390],
      ],
      [["机构", 456, 480]],
    ]);
    expect(h.anchors).toEqual([295, 334, 378, 426, 472, 513, 554]);
    expect(out.labels).toEqual([]);
  });

  it("a sub-head run into the head spanning it (one cell) still names its column", () => {
    const { h } = band([
      [
        ["自然人", 197, 220],
        ["总计", 559, 574],
      ],
      [["法人或其他组织社会公益组织", 360, 415]],
      [
        ["商业企业", 253, 284],
        ["科研机构", 312, 343],
        ["法律服务机构", 424, 470],
        ["其他", 499, 515],
      ],
    ]);
    expect(h.anchors.every((a) => a !== null)).toBe(true);
    expect(h.anchors).toEqual([...(h.anchors as number[])].sort((a, b) => a - b));
  });

  it("names no column from pieces whose characters spell none", () => {
    const { h } = band([
      [
        ["自然人", 197, 220],
        ["总计", 559, 574],
      ],
      [
        ["商业", 253, 284],
        ["科研", 312, 343],
      ],
      [
        ["企", 253, 265],
        ["机", 312, 328],
      ],
    ]);
    expect(h.anchors.slice(1, 6)).toEqual([null, null, null, null, null]);
  });
});
