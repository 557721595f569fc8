import { isValueText } from "../../text/number.js";
import { join, NUMBERED } from "./cells.js";
import type { FilledCell, FilledTable } from "./fill.js";

/** Column boundaries this close (points) are the same boundary on two pages. */
const SAME_X = 3;

const rowCount = (t: FilledTable) => t.lattice.ys.length - 1;
const isLabel = (c: FilledCell) => c.text !== "" && !isValueText(c.text);

/**
 * Whether `next` (first on its page) goes on with `prev` (last on the page before): the same
 * outer edges, and the columns of one part among the other's (a part holding only head rows
 * has fewer, merged columns).
 */
export function continues(prev: FilledTable, next: FilledTable): boolean {
  const among = (xs: number[], of: number[]) =>
    xs.filter((x) => of.some((p) => Math.abs(p - x) <= SAME_X)).length >= xs.length * 0.6;
  const [a, b] = [prev.lattice.xs, next.lattice.xs];
  const edges = Math.abs(a[0]! - b[0]!) <= SAME_X && Math.abs(a.at(-1)! - b.at(-1)!) <= SAME_X;
  return edges && (among(b, a) || among(a, b));
}

/** Drops the first `k` rows; a cell merged down past them starts on the row after. */
function dropRows(t: FilledTable, k: number): void {
  t.cells = t.cells.flatMap((c): FilledCell[] => {
    if (c.row >= k) return [{ ...c, row: c.row - k }];
    if (c.row + c.rowspan <= k) return [];
    return [{ ...c, row: 0, rowspan: c.row + c.rowspan - k }];
  });
  t.lattice = { ...t.lattice, ys: t.lattice.ys.slice(k) };
}

const rowText = (t: FilledTable, r: number) =>
  t.cells
    .filter((c) => c.row === r && c.text)
    .map((c) => c.text)
    .join("\t");

/** How many rows `next` opens with that repeat the head rows of the table (重复标题行). */
function repeatedHeader(head: FilledTable, next: FilledTable): number {
  let k = 0;
  while (
    k < Math.min(rowCount(head), rowCount(next)) - 1 &&
    rowText(next, k) !== "" &&
    rowText(next, k) === rowText(head, k) &&
    !next.cells.some((c) => c.row === k && c.text && !isLabel(c))
  )
    k++;
  return k;
}

/** The cell of the row above standing over exactly the same columns. */
function hostAbove(bottom: FilledCell[], c: FilledCell): FilledCell | undefined {
  return bottom.find(
    (b) => Math.abs(b.box.x - c.box.x) <= SAME_X && Math.abs(b.box.x2 - c.box.x2) <= SAME_X,
  );
}

/** `c` reads as the rest of `host`'s text: a label without a number after a full line. */
function goesOn(host: FilledCell | undefined, c: FilledCell): host is FilledCell {
  return !!host && isLabel(host) && host.full && isLabel(c) && !NUMBERED.test(c.text);
}

function append(host: FilledCell, c: FilledCell): void {
  host.text = join(host.text, c.text);
  c.text = "";
  c.ink = null;
}

/**
 * Joins what a page break split. A label cut by the break goes on at the top of the next page
 * in the same columns (（四）无 / 法提供, 自然 / 人, a row's long label): its rest is joined to it.
 * A row's own label opens with its number, and a label that stops short of its cell's width has
 * ended: neither is ever continued. A first row left with no label of its own is the rest of
 * the row above: its values fill that row's blank cells and it is dropped.
 */
function joinSplitRow(prev: FilledTable, next: FilledTable): void {
  const last = rowCount(prev) - 1;
  const bottom = prev.cells.filter((c) => c.row + c.rowspan - 1 === last);
  const top = next.cells.filter((c) => c.row === 0 && c.text);
  // Labels merged over rows (on either page) go on or not each by itself.
  for (const c of top) {
    const host = hostAbove(bottom, c);
    if ((c.rowspan > 1 || (host?.rowspan ?? 1) > 1) && goesOn(host, c)) append(host, c);
  }
  // The first row's own cells go on with the row above all together or not at all: a label
  // under a label it continues, a value under a blank cell; a cell under a merged head is new.
  const own = top.filter((c) => c.rowspan === 1 && c.text);
  const hosts = own.map((c) => hostAbove(bottom, c));
  const fits = own.every((c, i) => {
    const h = hosts[i];
    // A numbered label with no cell above it opens a row of its own: (六)其他处理 spans columns.
    if (!h) return isLabel(c) && !NUMBERED.test(c.text);
    if (h.rowspan > 1) return false;
    return isLabel(c) ? goesOn(h, c) : h.text === "" && bottom.some(isLabel);
  });
  if (!fits || !own.some((_, i) => hosts[i])) return;
  own.forEach((c, i) => {
    const h = hosts[i];
    if (!h) return;
    if (isLabel(c)) return append(h, c);
    h.text = c.text;
    h.ink = c.ink;
    h.page = c.page ?? next.page;
    c.text = "";
  });
  if (!own.some((c) => c.text)) dropRows(next, 1);
}

/**
 * A ruled table broken by pages as one table: each part that goes on with the one before has
 * its repeated header rows dropped and its split first row joined to the row above.
 */
export function joinTableParts(parts: FilledTable[]): void {
  const head = parts[0];
  if (!head) return;
  for (let i = 1; i < parts.length; i++) {
    const next = parts[i] as FilledTable;
    const k = repeatedHeader(head, next);
    if (k) dropRows(next, k);
    if (rowCount(next) > 0) joinSplitRow(parts[i - 1] as FilledTable, next);
  }
}
