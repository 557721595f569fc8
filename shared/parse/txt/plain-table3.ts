import type { SourceCell, SourceRow } from "../source.js";
import { T3_COLUMNS, T3_ROWS } from "../../templates/table3.js";
import { labelKey } from "../../text/normalize.js";
import { cellAt, type TextLine } from "./text-lines.js";
import { BARE_VALUE } from "./bare-value.js";
import { plainBlocks, type PlainLabel } from "./plain-blocks.js";
import { unitsOf, type Unit, type Units } from "./plain-units.js";
import { placeUnits } from "./plain-place.js";
import { countedStarts } from "./plain-whole3.js";
import { bandRows } from "./plain-laid3.js";
import { rowMajorRows } from "./plain-rows3.js";
import { stripsOf } from "./plain-strips3.js";
import { NUMBERED } from "./spaced.js";

const SUB_ROWS_2021 = ["other.noCorrection", "other.noFee", "other.other"];
/** Header words over the columns (申请人情况, 法人或其他组织, the note on the sums). */
const OVER = [
  "申请人情况",
  "法人或其他组织",
  labelKey("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"),
];
const HEAD_CHARS = [...T3_COLUMNS.map((c) => labelKey(c.label)).join("")].sort().join("");

/** The column heads, when the lines before the table's first row print exactly those of the template. */
function headerRow(text: string, lines: readonly TextLine[]): SourceRow | null {
  const head: TextLine[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    if (BARE_VALUE.test(t) || NUMBERED.test(t)) break;
    if (t) head.push(l);
  }
  let key = head.map((l) => labelKey(l.text)).join("");
  for (const o of OVER) key = key.replace(o, "");
  const first = head[0];
  const last = head[head.length - 1];
  if (!first || !last || [...key].sort().join("") !== HEAD_CHARS) return null;
  const at = cellAt(text, first.start, last.start + last.text.length).span;
  const cells = T3_COLUMNS.map((c) => ({ text: c.label, span: at }));
  return { cells, span: at, tabular: true };
}

const spanOf = (cells: SourceCell[]): [number, number] => [
  Math.min(...cells.map((c) => c.span[0])),
  Math.max(...cells.map((c) => c.span[1])),
];

const HEAD_KEYS = [
  ...T3_COLUMNS.map((c) => labelKey(c.label)).filter((k) => k.length >= 3),
  labelKey("法人或其他组织"),
];

/**
 * Whether a column head is printed after the table's first value: the page is printed in strips
 * of columns (a web page's print), so a short run of values is some columns' cells, not a row's
 * with the others blank or merged.
 */
function headsAfterValues(lines: readonly TextLine[]): boolean {
  const first = lines.findIndex((l) => BARE_VALUE.test(l.text.trim()));
  if (first < 0) return false;
  return lines.slice(first).some((l) => {
    const t = l.text.trim();
    if (NUMBERED.test(t)) return false;
    const key = labelKey(t);
    return key === "总计" || HEAD_KEYS.some((h) => key.includes(h));
  });
}

/**
 * Where some cells print nothing and some values fit no unit, a run of one row's K values printed
 * after several row labels, or after such values with no label, may hold several rows' values (a
 * page prints nothing for a blank cell, so K values need not be one row's): it is left out, as
 * values no unit fits.
 */
function crowded(units: Units): Units {
  const junk = units.junkAfter || units.units.some((u) => u.junkBefore);
  if (!junk) return units;
  const kept: Unit[] = [];
  let dropped = false;
  for (const u of units.units)
    if (u.runRows === 1 && (u.before.length > 1 || (u.junkBefore && !u.before.length)))
      dropped = true;
    else {
      kept.push(dropped ? { ...u, junkBefore: true, before: [] } : u);
      dropped = false;
    }
  return { units: kept, after: dropped ? [] : units.after, junkAfter: units.junkAfter || dropped };
}

/**
 * Table 三 as plain pdftotext prints it (poppler's text blocks, an empty line after each): a row
 * label and its values a block each, or a column's values of several rows in one block (rows of
 * one line's height), seven such blocks side by side; row labels before their values, after
 * them or gathered at the end of the page. The values come in the rows' order: runs of values
 * are laid on the template's rows where the counts and the printed row labels leave one place
 * only (`startOf`). Returns the header and the rows placed, each under its printed label; a row
 * not placed is left out (unread, never blank). `spill`: the next section prints values that may
 * be this table's (`spillsIntoTable4`).
 */
export function plainTable3Rows(
  text: string,
  lines: readonly TextLine[],
  pageBreaks: readonly number[] = [],
  spill = false,
): SourceRow[] {
  const blocks = plainBlocks(text, lines);
  const labels = new Map<string, PlainLabel>();
  for (const b of blocks)
    if (b.kind === "labels")
      for (const l of b.labels) if (l.row && !labels.has(l.row)) labels.set(l.row, l);
  const named = new Set(labels.keys());
  const order = SUB_ROWS_2021.some((k) => named.has(k)) ? T3_ROWS["2021"] : T3_ROWS["2019"];
  const keys = order.map((r) => r.key);
  const printed = blocks.reduce((n, b) => n + (b.kind === "values" ? b.cells.length : 0), 0);
  const whole = printed === keys.length * T3_COLUMNS.length;
  const own = unitsOf(blocks, T3_COLUMNS.length, whole || headsAfterValues(lines));
  // Values printed past the table's lines (`spill`) may be any later row's: none is blank.
  const units = spill ? { ...own, junkAfter: true } : own;
  const laid = whole ? units : crowded(units);
  const { starts, blank } = placeUnits(laid, keys, named);
  const counted = whole ? countedStarts(laid, keys) : [];
  const values = new Map<number, SourceCell[]>();
  laid.units.forEach((u, i) => {
    const placed = starts[i] ?? null;
    const count = counted[i] ?? null;
    const at = placed === null ? count : count === null || count === placed ? placed : null;
    if (at !== null && at !== undefined) u.rows.forEach((r, j) => values.set(at + j, r));
  });
  for (const r of blank) values.set(r, []);
  // Rows not placed so: by the orders poppler prints a ruled table in (band after band, or
  // bands cut into columns), where every reading of each agrees, and agrees with the rows placed
  // above and with the other order's (else none of them: the readings differ).
  if (values.size < keys.length) {
    const strips = stripsOf(text, lines, pageBreaks);
    const bands = bandRows(strips, keys.length);
    const whole = rowMajorRows(strips, keys.length);
    const agree = (a: Map<number, SourceCell[]>, b: Map<number, SourceCell[]>) =>
      ![...a].some(([r, cells]) => {
        const own = b.get(r);
        return (
          own && own.map((c) => c.text.trim()).join() !== cells.map((c) => c.text.trim()).join()
        );
      });
    const fill = (got: Map<number, SourceCell[]>) => {
      for (const [r, cells] of got) if (!values.has(r)) values.set(r, cells);
    };
    const both = agree(bands, whole);
    const bandsOk = both && agree(bands, values);
    const wholeOk = both && agree(whole, values);
    if (bandsOk) fill(bands);
    if (wholeOk) fill(whole);
  }
  const rows: SourceRow[] = [];
  const header = headerRow(text, lines);
  if (header) rows.push(header);
  keys.forEach((key, r) => {
    const own = values.get(r);
    const label = labels.get(key);
    if (!own || !label) return;
    const cells = [label.cell, ...own];
    rows.push({ cells, span: spanOf(cells), tabular: true });
  });
  return rows;
}
