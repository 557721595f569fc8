import type { SourceCell, SourceRow } from "../source.js";
import { T4_COLUMNS } from "../../templates/table4.js";
import type { TextLine } from "./text-lines.js";
import { columnRunRows } from "./column-runs.js";
import {
  COLUMNS,
  COUNT,
  GROUPS,
  HEADS,
  LABELS,
  OVER,
  fitsOwnHeads,
  flowsOf,
  selfNamed,
  take,
  typedColumn,
  type Item,
} from "./plain-flows4.js";

interface Placed {
  item: Item;
  f: number;
}

/** Table 四's flows: those of its heading's page printed ahead of it that are its own, then its. */
function tableFlows(text: string, before: readonly TextLine[], lines: readonly TextLine[]) {
  // From the first that names its columns or prints a group's name (table 四's own words), when
  // they hold no other values: poppler printed them ahead of the table's heading.
  const page = flowsOf(text, before, true);
  // After the page's last line that is not the table's (an empty flow marks it).
  const early = page.slice(page.reduce((at, fl, i) => (fl.length ? at : i + 1), 0));
  const tableWords = (fl: Item[]) =>
    selfNamed(fl) !== null ||
    fl.some((x) => x.kind === "group" && (x.key.length > 1 || typedColumn(fl) !== null));
  const from0 = early.findIndex(tableWords);
  const ahead = from0 < 0 ? [] : early.slice(from0);
  const own = (fl: Item[]) =>
    selfNamed(fl) || typedColumn(fl) !== null || fl.every((x) => x.kind !== "value");
  // Flows naming their columns by themselves are the table's wherever on the page.
  const named = page.filter((fl) => fl.length && (selfNamed(fl) || typedColumn(fl) !== null));
  const sure = ahead.every(own) ? ahead : [];
  return {
    ahead: [...named.filter((fl) => !sure.includes(fl)), ...sure],
    flows: flowsOf(text, lines),
  };
}

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
 * print the groups' values in another order. A group's values are dropped when its names are
 * not all printed by its last value (a spaced name's characters stand over its columns). The
 * columns in `fixed` are set before and skipped; `apart` are flows left out of the order.
 * Returns the columns read, `fixed` among them.
 */

function inOrder(
  flows: Item[][],
  fixed: ReadonlyMap<number, SourceCell>,
  apart: ReadonlySet<Item[]>,
): Map<number, SourceCell> {
  const cells = new Map(fixed);
  const heads = new Map<string, number>();
  // Group names printed whole, and the characters of those printed a character a line.
  const whole = new Set<string>();
  const spaced = new Map<string, number>();
  const name = (key: string) => {
    if (GROUPS.includes(key)) whole.add(key);
    else for (const c of key) spaced.set(c, (spaced.get(c) ?? 0) + 1);
  };
  const printed = (label: string) =>
    whole.has(label) || (take(spaced, label) && !!whole.add(label));
  const named = (g: number) => (LABELS[g] as string[]).every(printed);
  const anchored = new Set(fixed.keys());
  for (const fl of apart) for (const x of fl) if (x.kind === "group") name(x.key);
  const items: Placed[] = flows.flatMap((fl, f) =>
    apart.has(fl) ? [] : fl.map((item) => ({ item, f })),
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
  let anyHead = false;
  for (let i = 0; i < items.length; i++) {
    const { item, f } = items[i] as Placed;
    if (item.kind !== "value") {
      const prev = items[i - 1];
      if (prev?.item.kind === "value" && prev.f === f) break;
      if (item.kind === "group") groupAfterHead ||= headSeen;
      headSeen ||= item.kind === "head";
      anyHead ||= item.kind === "head";
      if (item.kind === "group") name(item.key);
      else for (const c of item.key) heads.set(c, (heads.get(c) ?? 0) + 1);
      continue;
    }
    // A value before any head is not the table's (its head would stand above it): another
    // table's printed after the heading.
    if (!anyHead) continue;
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
      if (!ownNames.every((n) => cols.some((c) => (OVER[groupOf(c)] as string).includes(n))))
        return false;
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
    // A group's names are printed by its last value (each character of a spaced name over one of
    // its columns); else its values are not certainly its own.
    const ended = cols.filter((c) => c % HEADS.length === HEADS.length - 1).map(groupOf);
    const unnamed = ended.find((g) => !named(g));
    if (unnamed !== undefined) {
      next = unnamed * HEADS.length;
      break;
    }
    i = k - 1;
    if (k > j) [groupAfterHead, headSeen] = [false, false];
  }
  const last = groupOf(next - 1);
  if (next % HEADS.length && !named(last)) next = last * HEADS.length;
  for (const c of [...cells.keys()]) if (c >= next && !anchored.has(c)) cells.delete(c);
  return cells;
}

/**
 * Table 四 by poppler's flows (`inOrder`). A flow printed ahead of the heading with one column's
 * head whole and its value, and a spaced group name's characters only (复 / 结果维持 / 3), is
 * that column of the one group whose column it is not yet read: the reading is done again with
 * it set.
 */
function pooledRows(
  text: string,
  before: readonly TextLine[],
  lines: readonly TextLine[],
): SourceRow[] {
  const { ahead, flows } = tableFlows(text, before, lines);
  const all = [...ahead, ...flows];
  const typed = ahead.filter((fl) => !selfNamed(fl) && typedColumn(fl) !== null);
  const apart = new Set([...all.filter((fl) => selfNamed(fl)), ...typed]);
  const fixed = new Map<number, SourceCell>();
  for (const fl of all) {
    const cols = selfNamed(fl);
    const values = fl.flatMap((x) => (x.kind === "value" ? [x.cell] : []));
    cols?.forEach((c, n) => fixed.set(c, values[n] as SourceCell));
  }
  let cells = inOrder(all, fixed, apart);
  if (typed.length) {
    for (const fl of typed) {
      const t = typedColumn(fl) as number;
      const open = [0, 1, 2].map((g) => g * HEADS.length + t).filter((c) => !cells.has(c));
      const value = fl.find((x) => x.kind === "value");
      if (open.length === 1 && value?.kind === "value") fixed.set(open[0] as number, value.cell);
    }
    cells = inOrder(all, fixed, apart);
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
