import type { Binary } from "./image.js";

/** A column (or row) inked over more than this share of the picture is a ruling, no text. */
const RULING = 0.5;

/**
 * How tall a line of text stands in a picture, in pixels: the median height of the bands of
 * inked rows, rulings left out (a table's vertical lines ink every row, its horizontal lines a
 * whole row). Null when the picture shows no such band.
 */
export function textHeight(bin: Binary): number | null {
  const { width, height, data } = bin;
  const colInk = new Uint32Array(width);
  for (let y = 0; y < height; y++)
    for (let x = 0, i = y * width; x < width; x++, i++) colInk[x]! += data[i]!;
  const text = new Uint8Array(width);
  let shown = 0;
  for (let x = 0; x < width; x++)
    if (colInk[x]! > 0 && colInk[x]! <= height * RULING) {
      text[x] = 1;
      shown++;
    }
  const bands: number[] = [];
  let run = 0;
  for (let y = 0; y <= height; y++) {
    let ink = 0;
    if (y < height) for (let x = 0, i = y * width; x < width; x++, i++) ink += data[i]! & text[x]!;
    if (ink > 0 && ink <= shown * RULING) run++;
    else {
      // Two rows or fewer are specks or a ruling's halo.
      if (run > 2) bands.push(run);
      run = 0;
    }
  }
  if (!bands.length) return null;
  bands.sort((a, b) => a - b);
  return bands[Math.floor(bands.length / 2)] as number;
}
