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
