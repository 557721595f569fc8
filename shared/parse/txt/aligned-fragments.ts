import type { AlignedLine } from "./aligned-line.js";
import type { LabelCell } from "./label-cells.js";
import type { Piece } from "./spaced.js";

export interface ValueRow {
  line: AlignedLine;
  values: Piece[];
  labels: LabelCell[];
  /** Its values may be another row's: its label was found past a row between (S10, not a guess). */
  unsure?: boolean;
  /** Its page's columns are too narrow for pdftotext's spacing (a line prints numbers a space apart). */
  tight?: boolean;
}

/**
 * Whether two of a line's numbers stand one space apart in text that keeps the page's columns:
 * columns too narrow for pdftotext's spacing, which then prints a cell's number before its left
 * neighbour's as readily as after it.
 */
export function squeezed(values: readonly Piece[]): boolean {
  return values.some((v, i) => i > 0 && v.from - (values[i - 1] as Piece).to === 1);
}

/** An item number that opens a row label: 1. 2、 （一） 三、 */
const ITEM = /^(?:\d{1,2}[.．、]|（[一二三四五六七八九十]{1,2}）|[一二三四五六七八九十]{1,2}、)/u;

/** Whether the line's last label piece (its row's own label) opens with an item number. */
function opensItem(r: ValueRow): boolean {
  const last = r.line.labels[r.line.labels.length - 1];
  return last !== undefined && ITEM.test(last.text.trim());
}

/**
 * Whether two lines' placed values stand in one column of pages whose columns hold apart: one
 * tall row's fragments never print two values in one column, so such lines are two rows. Where
 * numbers print a space apart (tight columns), two of them may run together (540 for 54 0) and
 * fill a column they do not stand in; and a line with no label text of its own may be one of
 * several rows' fragments set in turn, so both lines must carry label text.
 */
function twoRows(a: ValueRow, b: ValueRow): boolean {
  if (a.tight || b.tight || !a.line.labels.length || !b.line.labels.length) return false;
  if (a.values.length !== b.values.length) return false;
  return a.values.some((v, i) => v.text !== "" && (b.values[i] as Piece).text !== "");
}

/**
 * Rows placed with blank cells whose next line also prints a row placed with blank cells: the
 * cells of one tall row set on several lines (values centred at different heights), not rows
 * with blanks, unless each line opens a numbered row label of its own and prints one number, or
 * both print a value in one column. Their values stay as printed, so the reader places them only
 * if they fill a row.
 */
export function keepFragmentsLoose(rows: ValueRow[]) {
  const sparse = (r: ValueRow) => r.values.length > r.line.values.length;
  const byRank = new Map(rows.map((r) => [r.line.rank, r]));
  const split = rows.filter((r) => {
    if (!sparse(r)) return false;
    const near = [byRank.get(r.line.rank - 1), byRank.get(r.line.rank + 1)];
    // Two lines that each open a numbered row label (1.属于国家秘密) and print one number are
    // two rows with blanks (a lone number cannot hold two cells run together, as 540 for 54 0).
    const lone = (x: ValueRow) => opensItem(x) && x.line.values.length === 1;
    const apart = (n: ValueRow) => (lone(r) && lone(n)) || twoRows(r, n);
    return near.some((n) => n && sparse(n) && !apart(n));
  });
  for (const r of split) r.values = r.line.values;
}

/**
 * A line of numbers whose label text is only the unnumbered rest of labels, right under a line
 * of numbers beside a numbered label: a row prints its numbers on one height, so one of the two
 * lines holds another row's numbers (pdftotext set a row's numbers on the line below its label,
 * the next row's on its label's rest), and neither is sure.
 */
export function twoLinesOfNumbers(rows: ValueRow[]) {
  const byRank = new Map(rows.map((r) => [r.line.rank, r]));
  for (const r of rows) {
    const above = byRank.get(r.line.rank - 1);
    if (!above || !r.labels.length || r.labels.some((c) => c.numbered)) continue;
    if (!above.labels.some((c) => c.numbered)) continue;
    r.unsure = true;
    above.unsure = true;
  }
}
