import type { Cell, LabelDeviation, ReaderMessage, Span, TableShape } from "../../model/report.js";
import type { SourceCell, SourceRow } from "../source.js";
import { cellValue } from "../number.js";

/** What the table readers accumulate for one report. */
export interface TableOutput {
  cells: Record<string, Cell>;
  labels: LabelDeviation[];
  shapes: TableShape[];
  messages: ReaderMessage[];
}

export function emptyOutput(): TableOutput {
  return { cells: {}, labels: [], shapes: [], messages: [] };
}

/** Records a cell unless an earlier printing of the same table already filled it. */
export function putCell(out: TableOutput, id: string, src: SourceCell | null, row: SourceRow) {
  if (out.cells[id]) return;
  if (!src || src.text.trim() === "") {
    const at: Span = src ? src.span : [row.span[1], row.span[1]];
    out.cells[id] = { value: null, text: "", span: at };
    return;
  }
  const cell: Cell = { value: cellValue(src.text), text: src.text.trim(), span: src.span };
  if (src.at) cell.at = src.at;
  out.cells[id] = cell;
}
