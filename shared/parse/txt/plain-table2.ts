import type { SourceCell, SourceRow } from "../source.js";
import { T2_BLOCKS, type T2Block } from "../../templates/table2.js";
import { labelKey } from "../../text/normalize.js";
import { bestMatch, candidates } from "../tables/match.js";
import { cellAt, type TextLine } from "./text-lines.js";
import { BARE_VALUE } from "./bare-value.js";
import { plainBlocks, type PlainLabel } from "./plain-blocks.js";
import { unitsOf } from "./plain-units.js";
import { placeUnits } from "./plain-place.js";
import { stripTable2Rows } from "./plain-strips2.js";
import { glueTable2Rows } from "./plain-glue2.js";

const HEADER_KEY = "信息内容";

function counts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of s) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

/** Whether every character of `part` is among those of `whole` (as many times). */
function within(part: string, whole: string): boolean {
  const m = counts(whole);
  for (const c of part) {
    const n = m.get(c) ?? 0;
    if (!n) return false;
    m.set(c, n - 1);
  }
  return true;
}

/**
 * The template block an item prints (either template): the one whose column heads' characters
 * and row labels are all printed in the item's lines; null when none or two alike fit.
 */
function blockOf(item: string, lines: readonly TextLine[]): T2Block | null {
  const chars = lines.map((l) => labelKey(l.text)).join("");
  const fits = [...T2_BLOCKS["2019"], ...T2_BLOCKS["2021"]].filter(
    (b) =>
      labelKey(b.item) === labelKey(item) &&
      within(b.columns.map((c) => labelKey(c.label)).join(""), chars) &&
      b.rows.every((r) => chars.includes(labelKey(r.label))),
  );
  // Heads whose characters are among another block's (本年处理决定数量 among 上一年项目数量, 本年增/减,
  // 处理决定数量): the block printing more of them.
  const size = (b: T2Block) => b.columns.map((c) => labelKey(c.label)).join("").length;
  const most = Math.max(...fits.map(size));
  const best = fits.filter((b) => size(b) === most);
  return best.length === 1 ? (best[0] as T2Block) : null;
}

/** The header row (信息内容 and the heads after it, a line each), as printed. */
function headerRow(text: string, lines: readonly TextLine[], block: T2Block): SourceRow | null {
  const at = lines.findIndex((l) => labelKey(l.text) === HEADER_KEY);
  if (at < 0) return null;
  const cells: SourceCell[] = [];
  for (const l of lines.slice(at)) {
    const t = l.text.trim();
    if (!t) continue;
    if (BARE_VALUE.test(t) || block.rows.some((r) => labelKey(r.label) === labelKey(t))) break;
    cells.push(cellAt(text, l.start, l.start + l.text.length));
  }
  if (cells.length !== block.columns.length + 1) return null;
  const first = cells[0] as SourceCell;
  const last = cells[cells.length - 1] as SourceCell;
  return { cells, span: [first.span[0], last.span[1]], tabular: true };
}

/** One item of table 二 (第二十条第（X）项) read as table 三 is: its values laid on its rows. */
function itemRows(text: string, lines: readonly TextLine[]): SourceRow[] {
  const title = lines[0] as TextLine;
  const block = blockOf(title.text.trim(), lines);
  if (!block) return [];
  // A value before the item's header (信息内容) is another item's, printed late: the item's
  // values are not all its own.
  const head = lines.findIndex((l) => labelKey(l.text) === HEADER_KEY);
  if (head < 0 || lines.slice(0, head).some((l) => BARE_VALUE.test(l.text.trim()))) return [];
  const cands = candidates(block.rows, (r) => r.label);
  const rowOf = (label: string) => bestMatch(labelKey(label), cands, 0.75)?.key ?? null;
  const blocks = plainBlocks(text, lines.slice(1), rowOf);
  const labels = new Map<string, PlainLabel>();
  for (const b of blocks)
    if (b.kind === "labels")
      for (const l of b.labels) if (l.row && !labels.has(l.row)) labels.set(l.row, l);
  const keys = block.rows.map((r) => r.key);
  const units = unitsOf(blocks, block.columns.length);
  const { starts } = placeUnits(units, keys, new Set(labels.keys()));
  // Poppler may print an item's blocks among another's: an item is read only when its lines hold
  // as many values as its cells, every one placed.
  const printed = blocks.reduce((n, b) => n + (b.kind === "values" ? b.cells.length : 0), 0);
  if (printed !== keys.length * block.columns.length || starts.some((x) => x === null)) return [];
  const rows: SourceRow[] = [
    {
      cells: [cellAt(text, title.start, title.start + title.text.length)],
      span: [title.start, title.start + title.text.length],
      tabular: true,
    },
  ];
  const header = headerRow(text, lines, block);
  if (header) rows.push(header);
  units.units.forEach((u, i) => {
    const at = starts[i];
    if (at === null || at === undefined) return;
    u.rows.forEach((values, j) => {
      const label = labels.get(keys[at + j] as string);
      if (!label) return;
      const cells = [label.cell, ...values];
      const span: [number, number] = [
        Math.min(...cells.map((c) => c.span[0])),
        Math.max(...cells.map((c) => c.span[1])),
      ];
      rows.push({ cells, span, tabular: true });
    });
  });
  return rows;
}

/**
 * Table 二 as plain pdftotext prints it: item by item (第二十条第（X）项), a row label and its
 * values a block each, or a column's values of several rows in one block, a value before its
 * row's label (本年处理决定数量 / 550 / 行政许可). Each item's values are laid on its rows as
 * table 三's are (`placeUnits`); an item whose block or values cannot be told is left unread.
 */
export function plainTable2Rows(text: string, lines: readonly TextLine[]): SourceRow[] {
  const starts = lines.flatMap((l, i) => (labelKey(l.text).startsWith("第二十条第") ? [i] : []));
  const items = starts.map((s, n) => ({
    key: labelKey((lines[s] as TextLine).text),
    rows: itemRows(text, lines.slice(s, starts[n + 1] ?? lines.length)),
  }));
  const read = items.flatMap((i) => i.rows);
  const valued = (rows: SourceRow[]) =>
    rows.some((r) => r.cells.slice(1).some((c) => BARE_VALUE.test(c.text.trim())));
  // Items not read so, where poppler took the whole table column by column: by its strips.
  const strips = items.every((i) => valued(i.rows)) ? [] : stripTable2Rows(text, lines);
  // Else, where its heads are spread a character a block, by the values under their heads.
  const glued =
    items.every((i) => valued(i.rows)) || strips.length ? [] : glueTable2Rows(text, lines);
  if (glued.length)
    return items.flatMap((i) => {
      if (valued(i.rows)) return i.rows;
      return glued.find((g) => labelKey(g.block.item) === i.key)?.rows ?? [];
    });
  if (!strips.length) return read;
  return strips.flatMap(({ block, rows }) => {
    const own = items.find((i) => i.key === labelKey(block.item));
    return own && valued(own.rows) ? own.rows : rows;
  });
}
