import type { Binary, Gray } from "./image.js";

/** Scans lean by up to a couple of degrees; ruling lines must be level to be found. */
const MAX_DEG = 3;
const STEP_DEG = 0.05;

/**
 * The page's skew in degrees (positive: lines fall to the right), from the projection profile:
 * when the page is sheared back by the right angle, text lines and rulings fill the fewest,
 * fullest rows, which maximises the sum of squared row counts.
 */
export function skewAngle(bin: Binary): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < bin.height; y += 2)
    for (let x = 0; x < bin.width; x += 2)
      if (bin.data[y * bin.width + x]) {
        xs.push(x);
        ys.push(y);
      }
  if (xs.length < 500) return 0;
  let best = 0;
  let bestScore = -1;
  const rows = new Float64Array(bin.height + 2 * bin.width);
  for (let deg = -MAX_DEG; deg <= MAX_DEG + 1e-9; deg += STEP_DEG) {
    const t = Math.tan((deg * Math.PI) / 180);
    rows.fill(0);
    // Bins two rows high: the sample takes every other row, which one-row bins would favour at 0°.
    for (let i = 0; i < xs.length; i++) rows[Math.round((ys[i]! - xs[i]! * t + bin.width) / 2)]!++;
    let score = 0;
    for (const r of rows) score += r * r;
    if (
      score > bestScore + 1e-6 ||
      (Math.abs(score - bestScore) < 1e-6 && Math.abs(deg) < Math.abs(best))
    ) {
      bestScore = score;
      best = deg;
    }
  }
  return Math.round(best * 100) / 100;
}

/**
 * The image turned by `deg` degrees about its centre, the corners filled white. Nearest pixel,
 * not bilinear: a hairline keeps its darkness (interpolated, it fades below the ink threshold).
 */
export function rotate(img: Gray, deg: number): Gray {
  const { width: w, height: h } = img;
  const a = (deg * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = w / 2;
  const cy = h / 2;
  const data = new Uint8Array(w * h).fill(255);
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    for (let x = 0; x < w; x++) {
      const dx = x - cx;
      const sx = Math.round(cx + dx * cos + dy * sin);
      const sy = Math.round(cy - dx * sin + dy * cos);
      if (sx >= 0 && sy >= 0 && sx < w && sy < h) data[y * w + x] = img.data[sy * w + sx]!;
    }
  }
  return { width: w, height: h, data };
}
