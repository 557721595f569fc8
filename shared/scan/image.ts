/** An 8-bit grey image, row-major, 0 = black. */
export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Ink mask of a grey image: 1 where a pixel is darker than the threshold. */
export interface Binary {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** RGBA (canvas ImageData) to grey, Rec. 601 luma. */
export function toGray(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Gray {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4)
    data[i] = (rgba[j]! * 299 + rgba[j + 1]! * 587 + rgba[j + 2]! * 114) / 1000;
  return { width, height, data };
}

/** Otsu's threshold over the grey histogram (between-class variance maximum). */
export function otsu(img: Gray): number {
  const hist = new Array<number>(256).fill(0);
  for (const v of img.data) hist[v]!++;
  const total = img.data.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i]!;
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/** Ink mask; the threshold never rises above mid-grey, so a blank page stays blank. */
export function binarise(img: Gray): Binary {
  return threshold(img, Math.min(otsu(img), 160));
}

/** Pixels at or below `t` as ink. */
export function threshold(img: Gray, t: number): Binary {
  const data = new Uint8Array(img.data.length);
  for (let i = 0; i < data.length; i++) data[i] = img.data[i]! <= t ? 1 : 0;
  return { width: img.width, height: img.height, data };
}

/** Ink pixels inside a box. */
export function inkCount(bin: Binary, b: Box): number {
  let n = 0;
  for (let y = Math.max(0, b.y0); y < Math.min(bin.height, b.y1); y++) {
    const row = y * bin.width;
    for (let x = Math.max(0, b.x0); x < Math.min(bin.width, b.x1); x++) n += bin.data[row + x]!;
  }
  return n;
}

/** The tight box around the ink inside `b`, or null when there is none. */
export function inkBox(bin: Binary, b: Box): Box | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -1;
  let y1 = -1;
  for (let y = Math.max(0, b.y0); y < Math.min(bin.height, b.y1); y++) {
    const row = y * bin.width;
    for (let x = Math.max(0, b.x0); x < Math.min(bin.width, b.x1); x++)
      if (bin.data[row + x]) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  }
  return x1 < 0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

/** A grey crop of `b`, padded with white by `pad` pixels and scaled by an integer factor. */
export function crop(img: Gray, b: Box, pad: number, scale = 1): Gray {
  const w = (b.x1 - b.x0 + 2 * pad) * scale;
  const h = (b.y1 - b.y0 + 2 * pad) * scale;
  const data = new Uint8Array(w * h).fill(255);
  for (let y = 0; y < h; y++) {
    const sy = b.y0 - pad + Math.floor(y / scale);
    if (sy < b.y0 || sy >= b.y1 || sy < 0 || sy >= img.height) continue;
    for (let x = 0; x < w; x++) {
      const sx = b.x0 - pad + Math.floor(x / scale);
      if (sx < b.x0 || sx >= b.x1 || sx < 0 || sx >= img.width) continue;
      data[y * w + x] = img.data[sy * img.width + sx]!;
    }
  }
  return { width: w, height: h, data };
}

/** Paints boxes white (tables masked out before the prose is recognised). */
export function whiten(img: Gray, boxes: Box[]): Gray {
  const data = img.data.slice();
  for (const b of boxes)
    for (let y = Math.max(0, b.y0); y < Math.min(img.height, b.y1); y++)
      data.fill(255, y * img.width + Math.max(0, b.x0), y * img.width + Math.min(img.width, b.x1));
  return { width: img.width, height: img.height, data };
}

/** Binary PGM (P5): the format handed to the recogniser, which reads it without a codec. */
export function toPgm(img: Gray): Uint8Array {
  const head = Uint8Array.from(`P5\n${img.width} ${img.height}\n255\n`, (c) => c.charCodeAt(0));
  const out = new Uint8Array(head.length + img.data.length);
  out.set(head);
  out.set(img.data, head.length);
  return out;
}

/** A row with no pixel darker than mid-grey. */
function blankRow(img: Gray, y: number): boolean {
  const row = img.data.subarray(y * img.width, (y + 1) * img.width);
  for (const v of row) if (v < 160) return false;
  return true;
}

/**
 * Where to cut a page into `parts` strips so that no line of text is cut: the blank rows
 * nearest to each even share of the page height (strips are recognised in parallel).
 */
export function stripCuts(img: Gray, parts: number): number[] {
  const cuts: number[] = [];
  for (let k = 1; k < parts; k++) {
    const target = Math.round((img.height * k) / parts);
    for (let d = 0; d < img.height / (2 * parts); d++) {
      const y = [target - d, target + d].find((t) => t > 0 && t < img.height && blankRow(img, t));
      if (y !== undefined) {
        cuts.push(y);
        break;
      }
    }
  }
  return cuts;
}

/** Rows [y0, y1) of an image. */
export function rows(img: Gray, y0: number, y1: number): Gray {
  return {
    width: img.width,
    height: y1 - y0,
    data: img.data.slice(y0 * img.width, y1 * img.width),
  };
}
