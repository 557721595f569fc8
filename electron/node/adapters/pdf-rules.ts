import type { PdfRule } from "../../../shared/parse/pdf/content.js";

export type Matrix = [number, number, number, number, number, number];

/** m · t for PDF matrices [a b c d e f] (pdf.js's Util.transform). */
export function compose(m: ArrayLike<number>, t: ArrayLike<number>): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = Array.from(m);
  const [p = 1, q = 0, r = 0, s = 1, u = 0, v = 0] = Array.from(t);
  return [
    a * p + c * q,
    b * p + d * q,
    a * r + c * s,
    b * r + d * s,
    a * u + c * v + e,
    b * u + d * v + f,
  ];
}

/** The pdf.js operator codes this reader follows (pdfjs-dist's OPS and DrawOPS). */
export interface PathOps {
  save: number;
  restore: number;
  transform: number;
  setLineWidth: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number[];
  fill: number[];
  /** Images painted into the unit square of the matrix in force. */
  images: number[];
}

interface State {
  ctm: Matrix;
  width: number;
  stroke: string;
  fill: string;
}

/** A filled shape at most this thick (points) is a rule; thicker ones are shading. */
const THIN = 2.5;
/** A stroke of width 0 is the thinnest the device can draw. */
const HAIRLINE = 0.25;
/** Lines level or upright within this (points over the length) count; slanted ones are art. */
const SKEW = 0.02;
const WHITE = /^#f{6}$/i;
/** A page drawing more straight lines than this is a picture; the rest are not read. */
const MAX_RULES = 20_000;

// DrawOPS of pdf.js v5's constructPath buffers.
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

type Point = [number, number];

interface Polyline {
  pts: Point[];
  /** Part of a subpath with curves: never a filled rule, and not closed back to its start. */
  curved: boolean;
}

/** The straight runs of a constructPath buffer's subpaths (a curve breaks a run). */
function polylines(buf: ArrayLike<number>): Polyline[] {
  const out: Polyline[] = [];
  let cur: Polyline | undefined;
  let start: Point | undefined;
  for (let i = 0; i < buf.length; ) {
    const op = buf[i++];
    const at = (k: number): Point => [buf[i + k] ?? 0, buf[i + k + 1] ?? 0];
    if (op === MOVE) {
      start = at(0);
      cur = { pts: [start], curved: false };
      out.push(cur);
      i += 2;
    } else if (op === LINE) {
      cur?.pts.push(at(0));
      i += 2;
    } else if (op === CURVE || op === QUAD) {
      const n = op === CURVE ? 6 : 4;
      if (cur) cur.curved = true;
      cur = { pts: [at(n - 2)], curved: true };
      out.push(cur);
      i += n;
    } else if (op === CLOSE) {
      if (cur && start && !cur.curved) cur.pts.push(start);
    } else break;
  }
  return out;
}

const apply = (m: Matrix, [x, y]: Point): Point => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** A stroked segment as the box of its ink, if it runs level or upright. */
function strokeRule(a: Point, b: Point, width: number): PdfRule | null {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  const half = width / 2;
  if (dy <= dx * SKEW && dx > 0) {
    const y = (a[1] + b[1]) / 2;
    return { x: Math.min(a[0], b[0]), y: y - half, x2: Math.max(a[0], b[0]), y2: y + half };
  }
  if (dx <= dy * SKEW && dy > 0) {
    const x = (a[0] + b[0]) / 2;
    return { x: x - half, y: Math.min(a[1], b[1]), x2: x + half, y2: Math.max(a[1], b[1]) };
  }
  return null;
}

/** A filled subpath that is a thin box (Word draws table borders so), as its box. */
function fillRule(pts: Point[]): PdfRule | null {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const r = { x: Math.min(...xs), y: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
  const thin = Math.min(r.x2 - r.x, r.y2 - r.y);
  return thin <= THIN && Math.max(r.x2 - r.x, r.y2 - r.y) > thin ? r : null;
}

/** Scale of a matrix across a line (for line widths). */
const scaleOf = (m: Matrix) => Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])) || 1;

/** The box an image painted under `m` covers (its unit square), y from the page top. */
function imageBox(m: Matrix): PdfRule {
  const corners: Point[] = [
    [0, 0],
    [1, 0],
    [0, 1],
    [1, 1],
  ].map((p) => apply(m, p as Point));
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  return { x: Math.min(...xs), y: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/**
 * The rules a page draws, from its pdf.js operator list, in page coordinates (the viewport's
 * `base` transform applied): the graphics state is followed through save/restore, transforms and
 * form XObjects; white lines (erased borders) and curves are left out. The boxes of the images
 * it paints go to `images` when given.
 */
export function pageRules(
  list: { fnArray: number[]; argsArray: unknown[] },
  base: Matrix,
  ops: PathOps,
  images?: PdfRule[],
): PdfRule[] {
  const rules: PdfRule[] = [];
  const stack: State[] = [];
  let s: State = { ctm: base, width: 1, stroke: "#000000", fill: "#000000" };
  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length && rules.length < MAX_RULES; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push({ ...s });
    else if (fn === ops.restore) s = stack.pop() ?? s;
    else if (fn === ops.transform) s.ctm = compose(s.ctm, args as number[]);
    else if (fn === ops.setLineWidth) s.width = Number(args?.[0]) || 0;
    else if (fn === ops.setStrokeRGBColor) s.stroke = String(args?.[0]);
    else if (fn === ops.setFillRGBColor) s.fill = String(args?.[0]);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ ...s });
      const m = args?.[0] as ArrayLike<number> | null;
      if (m) s.ctm = compose(s.ctm, m);
    } else if (fn === ops.paintFormXObjectEnd) s = stack.pop() ?? s;
    else if (fn === ops.constructPath) paint(args, s, ops, rules);
    else if (images && ops.images.includes(fn as number)) images.push(imageBox(s.ctm));
  }
  return rules;
}

function paint(args: unknown[] | null, s: State, ops: PathOps, rules: PdfRule[]): void {
  const op = Number(args?.[0]);
  const buf = (args?.[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
  if (!buf) return;
  const strokes = ops.stroke.includes(op) && !WHITE.test(s.stroke);
  const fills = ops.fill.includes(op) && !WHITE.test(s.fill);
  if (!strokes && !fills) return;
  const width = Math.max(s.width, HAIRLINE) * scaleOf(s.ctm);
  for (const sub of polylines(buf)) {
    const pts = sub.pts.map((p) => apply(s.ctm, p));
    if (fills && !sub.curved) {
      const r = fillRule(pts);
      if (r) rules.push(r);
    }
    if (!strokes) continue;
    for (let k = 1; k < pts.length; k++) {
      const r = strokeRule(pts[k - 1] as Point, pts[k] as Point, width);
      if (r) rules.push(r);
    }
  }
}
