import { describe, expect, it } from "vitest";
import type { Binary } from "../../../shared/scan/image.js";
import { textHeight } from "../../../shared/scan/text-height.js";

function blank(width: number, height: number): Binary {
  return { width, height, data: new Uint8Array(width * height) };
}

function ink(b: Binary, x0: number, y0: number, x1: number, y1: number): void {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) b.data[y * b.width + x] = 1;
}

describe("the height of a picture's lines of text", () => {
  it("is the median band of inked rows, a table's rulings left out", () => {
    const b = blank(200, 120);
    // A ruled box: vertical lines ink every row, horizontal lines a whole row.
    ink(b, 0, 0, 2, 120);
    ink(b, 198, 0, 200, 120);
    for (const y of [0, 40, 80, 118]) ink(b, 0, y, 200, y + 2);
    // Lines of "glyphs" 14, 16 and 15 rows tall in the cells.
    for (const [y, h] of [
      [10, 14],
      [50, 16],
      [90, 15],
    ] as const)
      for (let x = 10; x < 150; x += 20) ink(b, x, y, x + 12, y + h);
    expect(textHeight(b)).toBe(15);
  });

  it("is unknown for a picture without text", () => {
    expect(textHeight(blank(50, 50))).toBeNull();
  });
});
