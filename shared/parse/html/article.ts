import { squash } from "../keys.js";
import type { Frame, PageBlock } from "./blocks.js";
import { isChromeLine } from "../meta/portal-lines.js";
import { signalOf } from "./signals.js";

function up(f: Frame, depth: number): Frame {
  let x = f;
  while (x.depth > depth && x.parent) x = x.parent;
  return x;
}

interface Signal {
  kind: string;
  frame: Frame;
}

/** The innermost element holding more than half of the signals. */
function majority(signals: readonly Signal[]): Frame {
  const counts = new Map<Frame, number>();
  for (const s of signals)
    for (let f: Frame | null = s.frame; f; f = f.parent) counts.set(f, (counts.get(f) ?? 0) + 1);
  let best: Frame | null = null;
  for (const [f, n] of counts)
    if (2 * n > signals.length && (!best || f.depth > best.depth)) best = f;
  return best ?? (signals[0] as Signal).frame;
}

/**
 * The element holding the report: the innermost one with most of its headings and tables,
 * widened while the wider element adds only parts the report has not shown yet (a heading or
 * table printed outside the article's inner box), and never to take in a second copy.
 */
function reportRoot(signals: readonly Signal[]): Frame {
  // Each heading and table counted once, as first printed: a second copy of the report on the
  // page (a print version) or a stray table beside it does not pull the root up.
  const firsts = signals.filter((s, i) => signals.findIndex((t) => t.kind === s.kind) === i);
  let root = majority(firsts);
  // A lone table or heading is read with the element around it.
  if (root.parent && signals.filter((s) => within(s.frame, root)).length === 1) root = root.parent;
  const seen = new Set(signals.filter((s) => within(s.frame, root)).map((s) => s.kind));
  for (let outer = root.parent; outer; outer = outer.parent) {
    const inner = root;
    const wider = outer;
    const added = signals.filter((s) => !within(s.frame, inner) && within(s.frame, wider));
    if (!added.length) continue;
    const kinds = new Set(added.map((s) => s.kind));
    if (kinds.size < added.length || added.some((s) => seen.has(s.kind))) break;
    for (const k of kinds) seen.add(k);
    root = outer;
  }
  return root;
}

/** A line that can be the report's title: short, naming a 信息公开 report. */
export function isTitleText(text: string): boolean {
  const t = squash(text);
  // A sentence (…编制本报告。) names the report too, but a title has no closing stop.
  return (
    t.length <= 60 &&
    /报告|年报/u.test(t) &&
    /信息公开|政务公开/u.test(t) &&
    !/[。；;，,：:]$/u.test(t)
  );
}

const isTitle = (b: PageBlock) => b.kind === "p" && isTitleText(b.text);

const TITLE_LOOKBACK = 30;

export interface Article {
  blocks: PageBlock[];
  /** The element holding the report (null: no headings or tables found, the whole page read). */
  root: Frame | null;
  /** A title line was found in the body, above the report. */
  titled: boolean;
}

/**
 * The report inside the page, found by its content (its numbered section headings and standard
 * tables, never a site's markup), with the title printed just above it, without the portal's
 * 来源/时间/字号 and 打印/关闭 lines around the text.
 */
export function findArticle(blocks: PageBlock[]): Article {
  const signals: Signal[] = [];
  // Each block's signal, by its index in `blocks`.
  const kinds = new Array<string | null>(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as PageBlock;
    const kind = signalOf(b);
    kinds[i] = kind;
    if (kind) signals.push({ kind, frame: b.frame });
  }
  if (!signals.length) return { blocks, root: null, titled: blocks.some(isTitle) };
  const root = reportRoot(signals);
  // The indices of the blocks inside the root, in order.
  const body: number[] = [];
  for (let i = 0; i < blocks.length; i++)
    if (within((blocks[i] as PageBlock).frame, root)) body.push(i);
  const isSignal = (i: number) => kinds[body[i] as number] !== null;
  const first = body.length ? (body[0] as number) : -1;
  let firstSignal = 0;
  while (firstSignal < body.length && !isSignal(firstSignal)) firstSignal++;
  if (firstSignal === body.length) firstSignal = -1;
  let lastSignal = body.length - 1;
  while (lastSignal >= 0 && !isSignal(lastSignal)) lastSignal--;
  // None at all: past the end, as a search from the end that finds nothing.
  if (lastSignal < 0) lastSignal = body.length;
  const kept: PageBlock[] = [];
  for (let i = 0; i < body.length; i++) {
    const b = blocks[body[i] as number] as PageBlock;
    // Before the report: a table of the page's own (索引号, 发布机构 …) is not the report's.
    const keep =
      (i > firstSignal && i < lastSignal) ||
      (b.kind === "p" ? !isChromeLine(b.text) : i >= firstSignal);
    if (keep) kept.push(b);
  }
  // The body's blocks before the first signal (as slice(0, firstSignal) takes them).
  const beforeSignal = firstSignal < 0 ? body.length - 1 : firstSignal;
  let titled = false;
  for (let i = 0; i < beforeSignal && !titled; i++)
    titled = isTitle(blocks[body[i] as number] as PageBlock);
  if (!titled) {
    const before = blocks.slice(Math.max(0, first - TITLE_LOOKBACK), first).reverse();
    const title = before.find(isTitle);
    if (title) kept.unshift(title);
    titled = title !== undefined;
  }
  return { blocks: kept, root, titled };
}

export function within(frame: Frame, root: Frame): boolean {
  return up(frame, root.depth) === root;
}
