import type { SourceCell } from "../source.js";
import { T4_COLUMNS, T4_GROUPS } from "../../templates/table4.js";
import { labelKey } from "../../text/normalize.js";
import { sectionOf } from "../meta/sections.js";
import { cellAt, type TextLine } from "./text-lines.js";
import { BARE_VALUE } from "./bare-value.js";
import { isPageNumber } from "./furniture.js";

export const HEADS = T4_COLUMNS.map((c) => labelKey(c.label));
export const COLUMNS = T4_GROUPS.flatMap(() => HEADS);
export const COUNT = COLUMNS.length;
export const GROUPS = [...T4_GROUPS.map((g) => labelKey(g.label)), labelKey("行政诉讼")];
const HEAD_CHARS = new Set(HEADS.join(""));

/** A line of a flow: part of a head, (part of) a group's name, or a value. */
export type Item =
  | { kind: "head"; key: string }
  | { kind: "group"; key: string }
  | { kind: "value"; cell: SourceCell };

/** Poppler's flows (an empty line after each) of table 四's lines, furniture left out. */
export function flowsOf(text: string, lines: readonly TextLine[], early = false): Item[][] {
  let flows: Item[][] = [];
  let flow: Item[] = [];
  const end = () => {
    if (flow.length) flows.push(flow);
    flow = [];
  };
  for (const line of lines) {
    const t = line.text.trim();
    if (!t || isPageNumber(t, false) || sectionOf(t) !== null) {
      end();
      continue;
    }
    const key = labelKey(t);
    if (BARE_VALUE.test(t))
      flow.push({ kind: "value", cell: cellAt(text, line.start, line.start + line.text.length) });
    else if ([...key].every((c) => HEAD_CHARS.has(c))) flow.push({ kind: "head", key });
    else if (GROUPS.some((g) => g.includes(key))) flow.push({ kind: "group", key });
    // Anything else (prose, another table's label) is not the table's: nothing after it can be
    // placed with certainty. Before the heading (`early`), flows go on after it.
    else if (!early) return flows.concat([flow, [{ kind: "head", key: "\u0000" }]]);
    // Before the heading: the flow is another's; an empty flow marks where.
    else [flows, flow] = [[...flows, []], []];
  }
  end();
  return flows;
}

export function counts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of s) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

/** Takes one of each character of `chars` out of `pool`; false (pool untouched) when one lacks. */
export function take(pool: Map<string, number>, chars: string): boolean {
  const need = counts(chars);
  for (const [c, n] of need) if ((pool.get(c) ?? 0) < n) return false;
  for (const [c, n] of need) pool.set(c, (pool.get(c) ?? 0) - n);
  return true;
}

/**
 * Whether `lines` print the heads in order: one after the other, or side by side a character a
 * line (row by row, left to right), each head on consecutive rows from its own first row (a
 * short head centred or at the bottom of its cell starts lower).
 */
export function printsInOrder(lines: string[], heads: string[]): boolean {
  const chars = lines.join("");
  if (chars === heads.join("")) return true;
  if (lines.some((l) => l.length !== 1)) return false;
  const rows = Math.max(...heads.map((h) => h.length));
  const starts = heads.map(() => 0);
  for (;;) {
    let robin = "";
    for (let r = 0; r < rows; r++)
      heads.forEach((h, i) => (robin += h[r - (starts[i] as number)] ?? ""));
    if (robin === chars) return true;
    let i = 0;
    while (i < heads.length && (starts[i] as number) >= rows - (heads[i] as string).length)
      starts[i++] = 0;
    if (i === heads.length) return false;
    starts[i] = (starts[i] as number) + 1;
  }
}

/**
 * Whether a run of values may be the given columns by the heads printed in its own flow before
 * it: none (the heads came in flows of their own), a part of them ending one of the columns'
 * heads (the head's last line and the value in one flow of poppler's), or all of them in order.
 */
export function fitsOwnHeads(lines: string[], columns: string[]): boolean {
  if (!lines.length) return true;
  const chars = lines.join("");
  const pool = counts(columns.join(""));
  if (!take(pool, chars)) return false;
  if ([...pool.values()].every((n) => n === 0)) return printsInOrder(lines, columns);
  const last = chars[chars.length - 1];
  return columns.some((c) => c.endsWith(last ?? "\u0000"));
}

/** The group names printed over each group's heads (行政诉讼 over both suits). */
export const OVER = [GROUPS[0], `${GROUPS[3]}${GROUPS[1]}`, `${GROUPS[3]}${GROUPS[2]}`] as string[];
/** The names printed by the time a group's last value is (行政诉讼 by the last of its two). */
export const LABELS = [[GROUPS[0]], [GROUPS[1]], [GROUPS[3], GROUPS[2]]] as string[][];

/**
 * The columns a flow names by itself: the names of one group only, then the heads of
 * consecutive columns of that group in order (one after the other or interleaved), then as many
 * values, nothing after them. Such a flow is read wherever poppler prints it (before the table's
 * heading, after its other flows).
 */
export function selfNamed(flow: readonly Item[]): number[] | null {
  const first = flow.findIndex((x) => x.kind === "value");
  if (first < 0 || flow.slice(first).some((x) => x.kind !== "value")) return null;
  const keys = (kind: Item["kind"]) =>
    flow.slice(0, first).flatMap((x) => (x.kind === kind && "key" in x ? [x.key] : []));
  const names = keys("group");
  const heads = keys("head");
  const groups = [0, 1, 2].filter((g) => names.every((n) => (OVER[g] as string).includes(n)));
  const k = flow.length - first;
  const starts = [...HEADS.keys()].filter(
    (c) => c + k <= HEADS.length && printsInOrder(heads, HEADS.slice(c, c + k)),
  );
  const [g] = groups;
  const [c] = starts;
  if (!names.length || groups.length !== 1 || starts.length !== 1) return null;
  return Array.from({ length: k }, (_, n) => (g as number) * HEADS.length + (c as number) + n);
}

/**
 * The column (of its group: 0 for 结果维持 …) a flow names by one head printed whole before its one
 * value, with nothing else but a spaced group name's single characters (复 / 结果维持 / 3).
 */
export function typedColumn(flow: readonly Item[]): number | null {
  const [value, ...rest] = flow.slice(flow.findIndex((x) => x.kind === "value"));
  if (value?.kind !== "value" || rest.length) return null;
  const before = flow.slice(0, -1);
  if (before.some((x) => x.kind === "group" && x.key.length > 1)) return null;
  const head = before.flatMap((x) => (x.kind === "head" ? [x.key] : [])).join("");
  const t = HEADS.indexOf(head);
  return t < 0 ? null : t;
}
