import { sectionOf } from "../meta/sections.js";
import { squash } from "../normalize.js";
import type { Frame, PageBlock } from "./blocks.js";
import { isChromeLine } from "./chrome.js";

/** Labels only the standard tables print (template.md, 表二、表三、表四). */
const TABLE_WORDS = [
  "第二十条",
  "行政许可",
  "行政处罚",
  "申请人情况",
  "自然人",
  "本年新收",
  "行政复议",
  "行政诉讼",
  "结果维持",
];

const NUMBERED = /^[一二三四五六七八九十]+[、.．]/u;

/** A numbered section heading of the report (一、总体情况 …), as the report prints it. */
export function isSectionHeading(text: string): boolean {
  return NUMBERED.test(squash(text)) && sectionOf(text) !== null;
}

function isReportTable(b: PageBlock): boolean {
  if (b.kind !== "table") return false;
  let hits = 0;
  for (const row of b.rows)
    for (const c of row) {
      const t = c.text.length < 40 ? squash(c.text) : "";
      if (TABLE_WORDS.some((w) => t.includes(w)) && ++hits >= 2) return true;
    }
  return false;
}

const isSignal = (b: PageBlock) => (b.kind === "p" ? isSectionHeading(b.text) : isReportTable(b));

function up(f: Frame, depth: number): Frame {
  let x = f;
  while (x.depth > depth && x.parent) x = x.parent;
  return x;
}

function common(a: Frame, b: Frame): Frame {
  let x = up(a, b.depth);
  let y = up(b, x.depth);
  while (x !== y && x.parent && y.parent) {
    x = x.parent;
    y = y.parent;
  }
  return x;
}

/** A line that can be the report's title: short, naming a 信息公开 report. */
function isTitle(b: PageBlock): boolean {
  if (b.kind !== "p") return false;
  const t = squash(b.text);
  return t.length <= 60 && /报告|年报/u.test(t) && /信息公开|政务公开/u.test(t);
}

const TITLE_LOOKBACK = 30;

export interface Article {
  blocks: PageBlock[];
  /** The element holding the report (null: no headings or tables found, the whole page read). */
  root: Frame | null;
}

/**
 * The report inside the page, found by its content: the innermost element holding every
 * section heading and standard table, with the title printed just above it, without the
 * portal's 来源/时间/字号 and 打印/关闭 lines around the text.
 */
export function findArticle(blocks: PageBlock[]): Article {
  const signals = blocks.filter(isSignal);
  if (!signals.length) return { blocks, root: null };
  let root = signals.map((b) => b.frame).reduce(common);
  // A lone table is its own root: read the element around it, not the table alone.
  if (signals.length === 1 && root.parent) root = root.parent;
  const top = root;
  const body = blocks.filter((b) => within(b.frame, top));
  const first = blocks.indexOf(body[0] as PageBlock);
  const firstSignal = body.findIndex(isSignal);
  const lastSignal = body.length - 1 - [...body].reverse().findIndex(isSignal);
  const kept = body.filter((b, i) => {
    if (i > firstSignal && i < lastSignal) return true;
    if (b.kind === "p") return !isChromeLine(b.text);
    // Before the report: a table of the page's own (索引号, 发布机构 …) is not the report's.
    return i >= firstSignal;
  });
  if (!body.slice(0, firstSignal).some(isTitle)) {
    const before = blocks.slice(Math.max(0, first - TITLE_LOOKBACK), first).reverse();
    const title = before.find(isTitle);
    if (title) kept.unshift(title);
  }
  return { blocks: kept, root };
}

export function within(frame: Frame, root: Frame): boolean {
  return up(frame, root.depth) === root;
}
