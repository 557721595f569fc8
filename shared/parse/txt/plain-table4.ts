import type { SourceCell, SourceRow } from "../source.js";
import { T4_COLUMNS, T4_GROUPS } from "../../templates/table4.js";
import { labelKey } from "../../text/normalize.js";
import { sectionOf } from "../meta/sections.js";
import { cellAt, type TextLine } from "./text-lines.js";
import { BARE_VALUE } from "./bare-value.js";
import { isPageNumber } from "./furniture.js";
import { columnRunRows } from "./column-runs.js";

const HEADS = T4_COLUMNS.map((c) => labelKey(c.label));
const COLUMNS = T4_GROUPS.flatMap(() => HEADS);
const COUNT = COLUMNS.length;
const GROUPS = [...T4_GROUPS.map((g) => labelKey(g.label)), labelKey("行政诉讼")];
const HEAD_CHARS = new Set(HEADS.join(""));

/** A line of a flow: part of a head, (part of) a group's name, or a value. */
type Item =
  | { kind: "head"; key: string }
  | { kind: "group"; key: string }
  | { kind: "value"; cell: SourceCell };

/** Poppler's flows (an empty line after each) of table 四's lines, furniture left out. */
function flowsOf(text: string, lines: readonly TextLine[], early = false): Item[][] {
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
    // placed with certainty; before the heading, only what follows it may be the table's.
    else if (!early) return flows.concat([flow, [{ kind: "head", key: "\u0000" }]]);
    else [flows, flow] = [[], []];
  }
  end();
  return flows;
}

function counts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of s) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

/** Takes one of each character of `chars` out of `pool`; false (pool untouched) when one lacks. */
function take(pool: Map<string, number>, chars: string): boolean {
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
function printsInOrder(lines: string[], heads: string[]): boolean {
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
function fitsOwnHeads(lines: string[], columns: string[]): boolean {
  if (!lines.length) return true;
  const chars = lines.join("");
  const pool = counts(columns.join(""));
  if (!take(pool, chars)) return false;
  if ([...pool.values()].every((n) => n === 0)) return printsInOrder(lines, columns);
  const last = chars[chars.length - 1];
  return columns.some((c) => c.endsWith(last ?? "\u0000"));
}

/** The group names printed over a group's heads (行政诉讼 over both suits, said once). */
const LABELS = [GROUPS[0], `${GROUPS[3]}${GROUPS[1]}`, GROUPS[2]] as string[];
const OVER = LABELS.map((l, g) => (g === 2 ? `${GROUPS[3]}${l}` : l));

/**
 * Table 四 as plain pdftotext prints it when its heads and values come in poppler's flows out of
 * the simple runs `columnRunRows` reads (a head's last line in its value's flow, heads of several
 * columns interleaved line by line, heads printed ahead of their values). A column's head and its
 * group's names stand above its value, so poppler prints them before it; the values come in the
 * columns' order. Each value takes the next column when the heads and group names printed so
 * far, not yet taken by columns before, hold that column's, and the heads and names in its own
 * flow fit it. Reading stops, the columns after unread, at the first value that does not fit,
 * at heads printed after values in one flow, and before a run of values (no head between) that
 * spans two groups with a group's name printed among the heads before it: poppler may then
 * print the groups' values in another order.
 */
interface Placed {
  item: Item;
  f: number;
}

/**
 * The columns a flow names by itself: the names of one group only, then the heads of
 * consecutive columns of that group in order (one after the other or interleaved), then as many
 * values, nothing after them. Such a flow is read wherever poppler prints it (before the table's
 * heading, after its other flows).
 */
function selfNamed(flow: readonly Item[]): number[] | null {
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

function pooledRows(
  text: string,
  before: readonly TextLine[],
  lines: readonly TextLine[],
): SourceRow[] {
  // Flows of the heading's page printed before it, from the first that names its columns or
  // prints a group's name (table 四's own words): the table's, poppler printed them ahead of its
  // heading, when they hold no other values.
  const early = flowsOf(text, before, true);
  const named = (fl: Item[]) =>
    selfNamed(fl) !== null || fl.some((x) => x.kind === "group" && x.key.length > 1);
  const from0 = early.findIndex(named);
  const ahead = from0 < 0 ? [] : early.slice(from0);
  const sure = ahead.every((fl) => selfNamed(fl) || fl.every((x) => x.kind !== "value"));
  const flows = [...(sure ? ahead : []), ...flowsOf(text, lines)];
  const cells = new Map<number, SourceCell>();
  const heads = new Map<string, number>();
  const names = new Map<string, number>();
  const anchored = new Set<number>();
  for (const fl of flows) {
    const cols = selfNamed(fl);
    if (!cols) continue;
    fl.filter((x) => x.kind === "value").forEach((x, n) => cells.set(cols[n] as number, x.cell));
    cols.forEach((c) => anchored.add(c));
    for (const x of fl)
      if (x.kind === "group") for (const ch of x.key) names.set(ch, (names.get(ch) ?? 0) + 1);
  }
  const items: Placed[] = flows.flatMap((fl, f) =>
    selfNamed(fl) ? [] : fl.map((item) => ({ item, f })),
  );
  const groupOf = (col: number) => Math.floor(col / HEADS.length);
  let next = 0;
  const free = (n: number) => {
    const out: number[] = [];
    for (let c = next; c < COUNT && out.length < n; c++) if (!anchored.has(c)) out.push(c);
    return out;
  };
  let groupAfterHead = false;
  let headSeen = false;
  for (let i = 0; i < items.length; i++) {
    const { item, f } = items[i] as Placed;
    if (item.kind !== "value") {
      const prev = items[i - 1];
      if (prev?.item.kind === "value" && prev.f === f) break;
      if (item.kind === "group") groupAfterHead ||= headSeen;
      headSeen ||= item.kind === "head";
      const pool = item.kind === "head" ? heads : names;
      for (const c of item.key) pool.set(c, (pool.get(c) ?? 0) + 1);
      continue;
    }
    // The run of values up to the next head or name, and this value's flow.
    let j = i;
    while (items[j + 1]?.item.kind === "value") j++;
    const run = free(j - i + 1);
    if (run.length < j - i + 1) break;
    if (groupOf(run[0] as number) !== groupOf(run[run.length - 1] as number) && groupAfterHead)
      break;
    const flow = items.filter((x, n) => x.f === f && n < i).map((x) => x.item);
    const own = flow.flatMap((x) => (x.kind === "head" ? [x.key] : []));
    const ownNames = flow.flatMap((x) => (x.kind === "group" ? [x.key] : []));
    let k = i;
    while (k <= j && items[k]?.f === f) k++;
    // This flow's values: all placed, or the reading ends.
    const cols = run.slice(0, k - i);
    const fits = cols.every((col) => {
      const g = groupOf(col);
      if (!ownNames.every((n) => cols.some((c) => (OVER[groupOf(c)] as string).includes(n))))
        return false;
      const opens =
        !cols.some((c) => c < col && groupOf(c) === g) &&
        ![...cells.keys()].some((c) => groupOf(c) === g && !anchored.has(c));
      if (opens && !take(names, LABELS[g] as string)) return false;
      return take(heads, COLUMNS[col] as string);
    });
    if (
      !fits ||
      !fitsOwnHeads(
        own,
        cols.map((c) => COLUMNS[c] as string),
      )
    )
      break;
    cols.forEach((c, n) => cells.set(c, (items[i + n]?.item as { cell: SourceCell }).cell));
    next = (cols[cols.length - 1] as number) + 1;
    i = k - 1;
    if (k > j) [groupAfterHead, headSeen] = [false, false];
  }
  // Columns read in order from the first: the table's values up to the first not read.
  const values: SourceCell[] = [];
  for (let c = 0; c < COUNT && cells.has(c); c++) values.push(cells.get(c) as SourceCell);
  if (values.length < HEADS.length) return [];
  const span = (cells: SourceCell[]): [number, number] => [
    Math.min(...cells.map((c) => c.span[0])),
    Math.max(...cells.map((c) => c.span[1])),
  ];
  const at = span(values);
  const header = values.map((_, i) => ({
    text: T4_COLUMNS[i % HEADS.length]?.label ?? "",
    span: at,
  }));
  return [
    { cells: header, span: at, tabular: true },
    { cells: values, span: at, tabular: true },
  ];
}

/** Table 四's header and value rows: by its runs of heads and values, else by its flows. */
export function plainTable4Rows(
  text: string,
  lines: readonly TextLine[],
  before: readonly TextLine[] = [],
): SourceRow[] {
  const runs = columnRunRows(text, lines);
  const read = (rows: SourceRow[]) => (rows.length > 1 ? (rows[1] as SourceRow).cells.length : 0);
  if (read(runs) === COUNT) return runs;
  const pooled = pooledRows(text, before, lines);
  return read(pooled) > read(runs) ? pooled : runs;
}

/** The lines of a page printed before line `at` (its heading), from the page's first. */
export function pageBefore(lines: readonly TextLine[], at: number): TextLine[] {
  let from = at;
  while (from > 0 && !(lines[from] as TextLine).text.includes("\f")) from--;
  return lines.slice(from, at);
}
