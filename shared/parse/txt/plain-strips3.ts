import type { SourceCell } from "../source.js";
import { T3_COLUMNS } from "../../templates/table3.js";
import { labelKey } from "../../text/normalize.js";
import { cellAt, type TextLine } from "./text-lines.js";
import { BARE_VALUE } from "./bare-value.js";
import { isPageNumber } from "./furniture.js";

/**
 * A run of values of plain pdftotext (consecutive value lines of one block): one column's cells
 * of a band of consecutive rows, or, after the heads of several neighbouring columns printed in
 * its block (narrow heads interleaved character by character), those columns' cells row by row.
 */
export interface Strip {
  cells: SourceCell[];
  /** The columns its block's heads name (first, count), or null: not said. */
  pin: { from: number; width: number } | null;
  /** The page it is printed on (form feeds), counted from the table's start. */
  page: number;
  /** Columns whose heads its page prints after it (in blocks of heads alone). */
  headLater: Set<number>;
  /** Columns whose heads its page prints before it (a block alone each), in print order. */
  headsBefore: number[];
  /** Printed right after the strip before, on its page, with no label or head between. */
  joined: boolean;
  /** A block of heads alone (其他, 总计) was printed between the strip before and this one. */
  afterHead: boolean;
}

const K = T3_COLUMNS.length;
const HEADS = T3_COLUMNS.map((c) => labelKey(c.label));
const OVER = new Set(["申请人情况", "法人或其他组织"]);
const HEAD_CHARS = new Set(HEADS.join(""));

/** Table 四's words: its heads printed before table 三's last values end the table there. */
const T4 = /复议|诉讼/;
const sorted = (s: string) => [...s].sort().join("");

const tally = (s: string) => {
  const m = new Map<string, number>();
  for (const c of s) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
};
const OVER_TALLY = tally([...OVER].join(""));
/** `a` less `b`, or null when `b` holds a character more often than `a`. */
const less = (a: Map<string, number>, b: Map<string, number>) => {
  const out = new Map(a);
  for (const [c, n] of b) {
    const left = (out.get(c) ?? 0) - n;
    if (left < 0) return null;
    out.set(c, left);
  }
  return out;
};

/**
 * The neighbouring columns whose heads are exactly the characters printed, if any; or, where
 * letters of 申请人情况 / 法人或其他组织 spread over the heads (distributed heads) are printed
 * among them, the one set of columns whose heads and those letters make the characters.
 */
function pinOf(heads: string): Strip["pin"] | "mixed" {
  if (!heads) return null;
  const want = sorted(heads);
  for (let from = 0; from < K; from++)
    for (let w = 1; from + w <= K; w++)
      if (sorted(HEADS.slice(from, from + w).join("")) === want) return { from, width: w };
  const have = tally(heads);
  const found: { from: number; width: number }[] = [];
  for (let from = 0; from < K; from++)
    for (let w = 1; from + w <= K; w++) {
      const rest = less(have, tally(HEADS.slice(from, from + w).join("")));
      if (rest && less(OVER_TALLY, rest)) found.push({ from, width: w });
    }
  return found.length === 1 ? (found[0] as { from: number; width: number }) : "mixed";
}

/**
 * The table's runs of values in print order, up to table 四's heads where poppler prints them
 * first; null when a run's block mixes heads it cannot tell.
 */
export function stripsOf(
  text: string,
  lines: readonly TextLine[],
  pageBreaks: readonly number[],
): Strip[] | null {
  const out: Strip[] = [];
  let page = 0;
  let breaks = pageBreaks.filter((b) => b >= (lines[0]?.start ?? 0));
  let run: SourceCell[] = [];
  let heads = "";
  let headsOnly = true;
  let bad = false;
  // Nothing but values (and empty lines) since the strip before, on this page.
  let joined = false;
  // Blocks of heads alone (自 / 然 / 人, 其他): their columns, page and place among the strips.
  const alone: { cols: number[]; page: number; at: number }[] = [];
  let block = "";
  let plain = true;
  let valued = false;
  const endBlock = () => {
    const pin = plain && !valued ? pinOf(block) : null;
    if (pin && pin !== "mixed")
      alone.push({
        cols: Array.from({ length: pin.width }, (_, i) => pin.from + i),
        page,
        at: out.length,
      });
    block = "";
    plain = true;
    valued = false;
  };
  const flush = () => {
    if (!run.length) return;
    const pin = headsOnly ? pinOf(heads) : null;
    if (pin === "mixed") bad = true;
    else
      out.push({
        cells: run,
        pin,
        page,
        headLater: new Set(),
        headsBefore: [],
        joined,
        afterHead: false,
      });
    joined = true;
    run = [];
    heads = "";
  };
  for (const l of lines) {
    const t = l.text.trim();
    if (breaks.length && l.start > (breaks[0] as number)) {
      flush();
      endBlock();
      page++;
      joined = false;
      breaks = breaks.filter((b) => b >= l.start);
    }
    if (T4.test(t)) break;
    if (!t || isPageNumber(t, false)) {
      flush();
      endBlock();
      heads = "";
      headsOnly = true;
      continue;
    }
    if (BARE_VALUE.test(t)) {
      run.push(cellAt(text, l.start, l.start + l.text.length));
      valued = true;
      continue;
    }
    // Under heads of several columns, poppler may put a row's values of two of them on one line.
    const parts = [...l.text.matchAll(/\S+/g)];
    const pin = headsOnly && parts.length > 1 ? pinOf(heads) : null;
    if (
      pin &&
      pin !== "mixed" &&
      parts.length <= pin.width &&
      parts.every((p) => BARE_VALUE.test(p[0]))
    ) {
      for (const p of parts)
        run.push(cellAt(text, l.start + (p.index ?? 0), l.start + (p.index ?? 0) + p[0].length));
      valued = true;
      continue;
    }
    flush();
    joined = false;
    const key = labelKey(t);
    if (OVER.has(key)) continue;
    block += key;
    // Only a head's own words: never a numbered label (（七）总计, 3.其他).
    plain &&= key === t.replace(/\s/g, "");
    if ([...key].every((c) => HEAD_CHARS.has(c) || OVER_TALLY.has(c)) && !HEADS.includes(key))
      heads += key;
    else if (HEADS.includes(key) && t.length <= key.length + 2) heads += key;
    else headsOnly = false;
  }
  flush();
  endBlock();
  for (const h of alone) {
    out.forEach((s, t) => {
      if (s.page !== h.page) return;
      if (t < h.at) for (const c of h.cols) s.headLater.add(c);
      // Heads of several columns in one block (社会 法律 / 公益 服务 其他) tell no order.
      else if (h.cols.length === 1) s.headsBefore.push(...h.cols);
    });
    const next = out[h.at];
    if (next?.page === h.page) next.afterHead = true;
  }
  return bad ? null : out;
}

/**
 * Whether the strip's column is told by the order: the heads its page prints after it are the
 * rightmost columns' only (其他, 总计). Where a middle column's head comes later (商业企业 /
 * 科研机构 printed after values), poppler printed that band's blocks out of column order.
 */
export const inOrder = (s: Strip): boolean =>
  s.pin !== null || [...s.headLater].every((c) => c === K - 1 || s.headLater.has(c + 1));
