import { describe, expect, it } from "vitest";
import { binarise, crop, inkBox, stripCuts, type Gray } from "../../../shared/scan/image.js";
import { findRulings } from "../../../shared/scan/rulings.js";
import { findGrids } from "../../../shared/scan/grid.js";

const DPI = 150;

function page(w: number, h: number): Gray {
  return { width: w, height: h, data: new Uint8Array(w * h).fill(255) };
}

function rect(g: Gray, x0: number, y0: number, x1: number, y1: number, v = 0) {
  for (let y = y0; y < y1; y++) g.data.fill(v, y * g.width + x0, y * g.width + x1);
}

/** A ruled table: columns at xs, rows at ys; `open` lists the vertical borders left out. */
function table(g: Gray, xs: number[], ys: number[], open: [number, number][] = []) {
  for (const y of ys) rect(g, xs[0]!, y, xs[xs.length - 1]! + 2, y + 2);
  xs.forEach((x, j) =>
    ys.slice(1).forEach((y, i) => {
      if (!open.some(([r, c]) => r === i && c === j)) rect(g, x, ys[i]!, x + 2, y + 2);
    }),
  );
}

describe("ruled tables found from the lines of a page image", () => {
  it("gives every cell with its place, merged cells spanning columns", () => {
    const g = page(800, 600);
    // 3 columns × 3 rows; the top row's two inner borders are left out: one cell over 3 columns.
    table(
      g,
      [100, 300, 450, 600],
      [100, 150, 200, 250],
      [
        [0, 1],
        [0, 2],
      ],
    );
    rect(g, 120, 165, 130, 185); // a "character" in row 1, column 0
    const bin = binarise(g);
    const grids = findGrids(bin, findRulings(bin, DPI), DPI);
    expect(grids).toHaveLength(1);
    const t = grids[0]!;
    expect([t.rows, t.cols]).toEqual([3, 3]);
    expect(t.cells).toHaveLength(7);
    expect(t.cells[0]).toMatchObject({ row: 0, col: 0, rowspan: 1, colspan: 3 });
    const c = t.cells.find((x) => x.row === 1 && x.col === 0)!;
    expect(
      inkBox(bin, { x0: c.box.x0 + 8, y0: c.box.y0 + 8, x1: c.box.x1 - 8, y1: c.box.y1 - 8 }),
    ).toEqual({ x0: 120, y0: 165, x1: 130, y1: 185 });
  });

  it("finds no table in text, a filled block or a lone underline", () => {
    const g = page(800, 600);
    for (let x = 50; x < 700; x += 24) rect(g, x, 60, x + 18, 80); // a line of "characters"
    rect(g, 100, 200, 500, 400); // a photo-like filled block
    rect(g, 100, 500, 400, 502); // an underline
    const bin = binarise(g);
    expect(findGrids(bin, findRulings(bin, DPI), DPI)).toEqual([]);
  });

  it("cuts a page between lines of text, and crops with white padding at a scale", () => {
    const g = page(100, 100);
    rect(g, 10, 10, 90, 45);
    rect(g, 10, 55, 90, 90);
    const cut = stripCuts(g, 2)[0]!;
    expect(cut).toBeGreaterThanOrEqual(45);
    expect(cut).toBeLessThan(55);
    const c = crop(g, { x0: 10, y0: 10, x1: 20, y1: 20 }, 2, 2);
    expect([c.width, c.height]).toEqual([28, 28]);
    expect(c.data[0]).toBe(255);
    expect(c.data[5 * 28 + 5]).toBe(0);
  });
});
