import type { PdfItem } from "./content.js";

/** Runs next to each other on one baseline: one cell's line in a table, or a line of prose. */
export interface Fragment {
  text: string;
  x: number;
  x2: number;
  /** Baseline from the page top. */
  y: number;
  h: number;
  /**
   * Where runs joined a CJK label a visible gap after it: a number (行政规范性文件564), a
   * numbered label ((三)不予公 4.保护…) or ideographs (不予公 密): maybe the next cell of a table
   * drawn without rules, the label before it filling its column.
   */
  cuts?: { at: number; x: number }[];
}

/** Fragments sharing a baseline, left to right. */
export interface Line {
  frags: Fragment[];
  y: number;
  h: number;
  x: number;
  x2: number;
}

/** Same-baseline tolerance, in font sizes: digits and CJK of one row sit up to ~0.1 apart. */
const SAME_LINE = 0.3;
/** Widest gap inside a fragment; neighbouring table cells are at least a cell padding apart. */
const JOIN_GAP = 0.45;

function trimmed(it: PdfItem): PdfItem | null {
  const text = it.str.trim();
  if (!text) return null;
  const lead = it.str.length - it.str.trimStart().length;
  const trail = it.str.length - it.str.trimEnd().length;
  if (!lead && !trail) return it;
  const space = Math.min(it.w / it.str.length, it.h / 2);
  const x = it.x + lead * space;
  return { str: text, x, y: it.y, w: Math.max(0, it.w - (lead + trail) * space), h: it.h };
}

/** List bullets sit a tab away from their item: never a cell of their own. */
const BULLET = /^[•●○■□◆◇▪▫►▶√※]$/;
const ALNUM_END = /[A-Za-z0-9]$/;
const CJK_END = /[\u3001\u3400-\u9fff）)]$/;
/** A run opening a word or a number, signed too: 195 and +177 are two numbers, never 195+177. */
const ALNUM_START = /^[+＋\-－]?[A-Za-z0-9]/;
/**
 * A run that may open the next cell: a number, a row label's number (4.保护…, （ of （四）…), or
 * ideographs (the rest of a row label beside a group label filling its column).
 */
const CUT_START = /^[\d（(\u3400-\u9fff]/;

function fragments(items: PdfItem[]): Fragment[] {
  const out: Fragment[] = [];
  let last: Fragment | undefined;
  for (const it of items) {
    const h = Math.max(it.h, last?.h ?? 0);
    const gap = last ? it.x - last.x2 : Infinity;
    // Fake bold: the same run painted twice a hair apart.
    if (last && gap < 0 && last.text.endsWith(it.str) && it.x + it.w - last.x2 < h * 0.2) continue;
    const near = last && BULLET.test(last.text) ? h * 2.5 : h * JOIN_GAP;
    if (last && gap <= near && gap >= -h * 0.5) {
      const space =
        gap > h * 0.15 &&
        ((ALNUM_END.test(last.text) && ALNUM_START.test(it.str)) || BULLET.test(last.text));
      if (gap > h * 0.15 && CJK_END.test(last.text) && CUT_START.test(it.str))
        (last.cuts ??= []).push({ at: last.text.length, x: it.x });
      last.text += (space ? " " : "") + it.str;
      last.x2 = Math.max(last.x2, it.x + it.w);
      last.h = h;
      continue;
    }
    last = { text: it.str, x: it.x, x2: it.x + it.w, y: it.y, h: it.h };
    out.push(last);
  }
  return out;
}

/** A page's runs grouped into lines (top to bottom) of fragments (left to right). */
export function pageLines(items: PdfItem[]): Line[] {
  const runs = items.map(trimmed).filter((i): i is PdfItem => i !== null && i.h > 0);
  runs.sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  let ref: PdfItem | undefined;
  for (const it of runs) {
    if (ref && it.y - ref.y <= SAME_LINE * Math.max(it.h, ref.h)) {
      groups[groups.length - 1]?.push(it);
      continue;
    }
    ref = it;
    groups.push([it]);
  }
  return groups.map((g) => {
    const frags = fragments(g.sort((a, b) => a.x - b.x));
    return {
      frags,
      y: Math.min(...frags.map((f) => f.y)),
      h: Math.max(...frags.map((f) => f.h)),
      x: (frags[0] as Fragment).x,
      x2: Math.max(...frags.map((f) => f.x2)),
    };
  });
}
