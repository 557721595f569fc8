import type {
  Cell,
  LabelDeviation,
  PagePlace,
  ReaderMessage,
  Span,
  TableShape,
} from "../../model/report.js";
import type { SourceCell, SourceRow } from "../source.js";
import { cellValue, isValueText } from "../keys.js";
import { isUnplaced } from "./columns.js";

/** What the table readers accumulate for one report. */
export interface TableOutput {
  cells: Record<string, Cell>;
  labels: LabelDeviation[];
  shapes: TableShape[];
  messages: ReaderMessage[];
}

export function emptyOutput(): TableOutput {
  // A few hundred ids are added one by one: an object without prototype is a dictionary from
  // the start (a plain one first grows a hidden class per id, then is converted).
  const cells = Object.create(null) as Record<string, Cell>;
  return { cells, labels: [], shapes: [], messages: [] };
}

/**
 * Where a blank cell of a .pdf's row would be printed: the row's height on its page (from its
 * placed cells) at the column's centre `x`, `width` wide.
 */
function blankPlace(row: SourceRow, x: number, width: number): PagePlace | undefined {
  const placed = row.cells.filter((c) => c.at);
  const values = placed.filter((c) => c.text.trim() !== "" && isValueText(c.text));
  const from = (values.length ? values : placed)[0]?.at;
  if (!from) return undefined;
  const [, y, , h] = from.box;
  return { page: from.page, box: [x - width / 2, y, width, h] };
}

const IDS = { 2: new Map(), 3: new Map(), 4: new Map() } as const satisfies Record<
  2 | 3 | 4,
  Map<string, Map<string, string>>
>;

/**
 * A cell's id (cell-ids.md: t3.new.natural), made once and then handed back the same: the table
 * readers put and look up the same few hundred ids in every report.
 */
export function cellId(table: 2 | 3 | 4, row: string, column: string): string {
  let byColumn = IDS[table].get(row);
  if (!byColumn) IDS[table].set(row, (byColumn = new Map()));
  let id = byColumn.get(column);
  if (id === undefined) byColumn.set(column, (id = `t${table}.${row}.${column}`));
  return id;
}

/** Column centres of a positioned table, for placing its blank cells on the page. */
export type Columns = readonly number[] | null;

/**
 * Records a cell unless an earlier printing of the same table already filled it; a blank cell of
 * a positioned table is placed at its column's centre (`anchors`, the column's `index`).
 */
export function putCell(
  out: TableOutput,
  id: string,
  src: SourceCell | null,
  row: SourceRow,
  anchors?: Columns,
  index = -1,
) {
  if (out.cells[id] || isUnplaced(src)) return;
  const text = src ? src.text.trim() : "";
  if (!src || text === "") {
    const at: Span = src ? src.span : [row.span[1], row.span[1]];
    const blank: Cell = { value: null, text: "", span: at };
    const x = anchors?.[index];
    if (anchors && x !== undefined && anchors.length > 1) {
      const pitch = Math.abs((anchors[1] as number) - (anchors[0] as number));
      const place = blankPlace(row, x, Math.max(8, pitch * 0.8));
      if (place) blank.place = place;
    }
    out.cells[id] = blank;
    return;
  }
  const cell: Cell = { value: cellValue(src.text), text, span: src.span };
  if (src.at) cell.place = src.at;
  out.cells[id] = cell;
}
