import type { SourceCell, SourceRow } from "../source.js";
import type { TemplateVersion } from "../../model/report.js";
import { T2_BLOCKS, type T2Block } from "../../templates/table2.js";
import { labelKey } from "../../text/normalize.js";
import { cellAt, type TextLine } from "./text-lines.js";
import { BARE_VALUE } from "./bare-value.js";
import { isPageNumber } from "./furniture.js";

/** A head, a label or a run of values (consecutive value lines, nothing between them). */
type Token =
  | { kind: "head"; key: string; cell: SourceCell }
  /** `joined`: printed in the block of the line before (no empty line between). */
  | { kind: "values"; cells: SourceCell[]; joined: boolean }
  | { kind: "other"; key: string; cell: SourceCell };

/** A column head or row label wrapped over this many lines of its block at most. */
const WRAP = 4;
const HEADER_KEY = "信息内容";

/** The lines as tokens, a head's or label's wrapped lines joined when together they name one. */
function tokens(text: string, lines: readonly TextLine[], heads: Set<string>): Token[] {
  const out: Token[] = [];
  let run: SourceCell[] = [];
  let joined = false;
  const flush = () => {
    if (run.length) out.push({ kind: "values", cells: run, joined });
    run = [];
  };
  const cell = (l: TextLine) => cellAt(text, l.start, l.start + l.text.length);
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as TextLine).text.trim();
    if (!t || isPageNumber(t, false)) {
      flush();
      continue;
    }
    if (BARE_VALUE.test(t)) {
      if (!run.length) joined = i > 0 && (lines[i - 1] as TextLine).text.trim() !== "";
      run.push(cell(lines[i] as TextLine));
      continue;
    }
    flush();
    // The longest run of the block's next lines (no empty line, no value) naming a head.
    let key = "";
    let n = 0;
    for (let j = i, k = ""; j < lines.length && j < i + WRAP; j++) {
      const u = (lines[j] as TextLine).text.trim();
      if (!u || BARE_VALUE.test(u)) break;
      k += labelKey(u);
      if (heads.has(k)) [key, n] = [k, j - i + 1];
    }
    const first = lines[i] as TextLine;
    if (n) {
      const last = lines[i + n - 1] as TextLine;
      out.push({
        kind: "head",
        key,
        cell: cellAt(text, first.start, last.start + last.text.length),
      });
      i += n - 1;
    } else out.push({ kind: "other", key: labelKey(t), cell: cell(first) });
  }
  flush();
  return out;
}

/** Where a row label is printed: a line, or lines of one block, whose words are the label's. */
export function labelCell(
  text: string,
  lines: readonly TextLine[],
  key: string,
): SourceCell | null {
  for (let i = 0; i < lines.length; i++)
    for (let j = i, k = ""; j < lines.length && j < i + WRAP; j++) {
      const u = (lines[j] as TextLine).text.trim();
      if (!u || BARE_VALUE.test(u)) break;
      k += labelKey(u);
      if (k === key) {
        const first = lines[i] as TextLine;
        const last = lines[j] as TextLine;
        return cellAt(text, first.start, last.start + last.text.length);
      }
      if (!key.startsWith(k)) break;
    }
  return null;
}

interface Column {
  block: number;
  col: number;
  head: SourceCell | null;
  cells: SourceCell[];
}

/**
 * The values of table 二 laid by poppler's strips: each run of values is one column's cells of
 * consecutive rows of one item (a strip), printed under its head or after a run of heads (the
 * first strip goes to the first of them), or, with no head before it, to the item's next
 * column (the next band of rows after the last column). A head names the first item in the
 * template's order whose column of that head was not yet printed. Null unless every strip
 * fits, every column of every item gets exactly its rows' values and every row label is printed.
 */
function strips(text: string, lines: readonly TextLine[], version: TemplateVersion) {
  const blocks = T2_BLOCKS[version];
  const heads = new Set(blocks.flatMap((b) => b.columns.map((c) => labelKey(c.label))));
  const cols: Column[][] = blocks.map((b, block) =>
    b.columns.map((_, col) => ({ block, col, head: null, cells: [] })),
  );
  const pending: Column[] = [];
  let before: Token | null = null;
  for (const t of tokens(text, lines, heads)) {
    const prev = before;
    before = t;
    if (t.kind === "other") continue;
    if (t.kind === "head") {
      const c = blocks
        .map((b, i) => cols[i]?.[b.columns.findIndex((x) => labelKey(x.label) === t.key)])
        .find((x) => x && !x.head);
      if (!c) return null;
      c.head = t.cell;
      pending.push(c);
      continue;
    }
    // Under its head in one block: that head's; else the first head still waiting.
    const under = t.joined && prev?.kind === "head" ? pending.pop() : undefined;
    let to = under ?? pending.shift();
    if (!to) {
      // No head before it: the next column of the one item whose band of rows is under way.
      const next = cols.flatMap((row, i) => {
        const n = (blocks[i] as T2Block).rows.length;
        const first = row[0] as Column;
        const j = row.findIndex((c) => c.cells.length < first.cells.length);
        if (j > 0) return row[j]?.head ? [{ c: row[j] as Column, want: first.cells.length }] : [];
        const even = first.cells.length > 0 && first.cells.length < n;
        return even && row.every((c) => c.head) ? [{ c: first, want: n }] : [];
      });
      const only = next.length === 1 ? next[0] : undefined;
      if (!only || only.c.cells.length + t.cells.length > only.want) return null;
      to = only.c;
    }
    if (!to.head) return null;
    const rows = (blocks[to.block] as T2Block).rows.length;
    if (to.cells.length + t.cells.length > rows) return null;
    to.cells.push(...t.cells);
  }
  const full = cols.every((row, i) =>
    row.every((c) => c.head && c.cells.length === (blocks[i] as T2Block).rows.length),
  );
  return full && !pending.length ? cols : null;
}

/**
 * Table 二 as plain pdftotext prints it when poppler takes each item's table column by column
 * (`strips`): per item, its header (信息内容 and the heads) and its rows, each under its printed
 * label. Empty when the strips do not fit one template only.
 */
export function stripTable2Rows(
  text: string,
  lines: readonly TextLine[],
): { block: T2Block; rows: SourceRow[] }[] {
  const fits = (["2019", "2021"] as const)
    .map((v) => ({ v, cols: strips(text, lines, v) }))
    .filter((f) => f.cols !== null);
  const only = fits.length === 1 ? fits[0] : undefined;
  if (!only?.cols) return [];
  const infos = lines.filter((l) => labelKey(l.text) === HEADER_KEY);
  const out: { block: T2Block; rows: SourceRow[] }[] = [];
  for (const [i, block] of T2_BLOCKS[only.v].entries()) {
    const cols = only.cols[i] as Column[];
    const labels = block.rows.map((r) => labelCell(text, lines, labelKey(r.label)));
    if (labels.some((l) => !l)) return [];
    const heads = cols.map((c) => c.head as SourceCell);
    const info = infos[i];
    const first = heads[0] as SourceCell;
    const at = info ? cellAt(text, info.start, info.start + info.text.length) : first;
    const header: SourceCell[] = [
      { text: HEADER_KEY, span: at.span },
      ...heads.map((h, j) => ({ text: block.columns[j]?.label ?? h.text, span: h.span })),
    ];
    out.push({
      block,
      rows: itemRows(
        header,
        labels as SourceCell[],
        cols.map((c) => c.cells),
      ),
    });
  }
  return out;
}

/** A table 二 item's rows: its header, then each row's label and its cells of the columns. */
export function itemRows(
  header: SourceCell[],
  labels: readonly SourceCell[],
  columns: readonly (readonly SourceCell[])[],
): SourceRow[] {
  const rows: SourceRow[] = [{ cells: header, span: spanOf(header), tabular: true }];
  labels.forEach((label, r) => {
    const cells = [label, ...columns.map((c) => c[r] as SourceCell)];
    rows.push({ cells, span: spanOf(cells), tabular: true });
  });
  return rows;
}

const spanOf = (cells: SourceCell[]): [number, number] => [
  Math.min(...cells.map((c) => c.span[0])),
  Math.max(...cells.map((c) => c.span[1])),
];
