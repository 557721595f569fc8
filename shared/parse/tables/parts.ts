import type { SourceCell, SourceRow } from "../source.js";
import { isValueText, labelKey, remembered } from "../keys.js";
import { keyMarks } from "./marks.js";

export interface Label {
  cell: SourceCell;
  key: string;
}

/** A table row split into its label cells and the value slots after the last label. */
export interface RowParts {
  row: SourceRow;
  labels: Label[];
  values: SourceCell[];
  /** Every cell's label key, in order. */
  keys: readonly string[];
  /** What each key tells the region splitter and the version detector (marks.ts), in order. */
  marks: readonly number[];
  /** Some value slot prints something. */
  filled: boolean;
}

/** A row of the document with its parts when it is a table row (worked out once per report). */
export interface ReadRow {
  row: SourceRow;
  parts: RowParts | null;
}

interface CellFacts {
  key: string;
  label: boolean;
  marks: number;
  /** One or two characters. */
  short: boolean;
}

/** What the readers ask of every table cell's text, in one lookup. */
const cellFacts = remembered((s: string): CellFacts => {
  const key = labelKey(s);
  const t = s.trim();
  return {
    key,
    label: t !== "" && !isValueText(s),
    marks: keyMarks(key),
    short: [...t].length <= 2,
  };
});

/** The blank slots `expand` adds for the columns a merged cell covers. */
const COVERED = new WeakSet<SourceCell>();

export const isCovered = (c: SourceCell) => COVERED.has(c);

/**
 * Expands merged cells (colspan) from `from` on into one slot per template column; covered
 * slots are blank.
 */
function expand(cells: SourceCell[], from: number): SourceCell[] {
  const out: SourceCell[] = [];
  for (let k = from; k < cells.length; k++) {
    const c = cells[k] as SourceCell;
    out.push(c);
    for (let i = 1; i < (c.colspan ?? 1); i++) {
      const covered: SourceCell = { text: "", span: [c.span[1], c.span[1]] };
      COVERED.add(covered);
      out.push(covered);
    }
  }
  return out;
}

/** The template's labels of one or two characters, which a row may print after another label. */
const SHORT_LABELS = new Set(["总计", "合计", "小计", "其他", "规章"]);

/**
 * A row split into labels and values. A cell of one or two characters that is no figure, printed
 * after a label of more in a row that prints figures, is a figure misread (a scan's 0 read as 站,
 * 门 or 日) or a mark in a value column, never the row's label: its slot stays a value (text, not
 * blank). The template's short labels aside.
 */
export function rowParts(row: SourceRow): RowParts {
  const labels: Label[] = [];
  const keys: string[] = [];
  const marks: number[] = [];
  let last = -1;
  const cells = row.cells;
  const facts = cells.map((c) => cellFacts(c.text));
  const figures = facts.some((f, k) => !f.label && (cells[k] as SourceCell).text.trim() !== "");
  let named = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as SourceCell;
    const { key, label, marks: m, short } = facts[i] as CellFacts;
    keys.push(key);
    marks.push(m);
    if (!label || cell.misread) continue;
    if (short && named && figures && !SHORT_LABELS.has(key)) continue;
    if (!short) named = true;
    labels.push({ cell, key });
    last = i;
  }
  const values = expand(cells, last + 1);
  return { row, labels, values, keys, marks, filled: hasNumber(values) };
}

/** The document's rows, each table row with its parts. */
export function readRows(rows: readonly SourceRow[]): ReadRow[] {
  return rows.map((row) => ({ row, parts: row.tabular ? rowParts(row) : null }));
}

export function hasNumber(values: SourceCell[]): boolean {
  return values.some((v) => v.text.trim() !== "");
}

export function centre(c: SourceCell): number | null {
  if (c.x === undefined) return null;
  return c.x2 === undefined ? c.x : (c.x + c.x2) / 2;
}
