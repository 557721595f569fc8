import type { Cell, Report, TemplateVersion } from "../../model/report.js";
import { cellIds } from "../../templates/cells.js";
import { T3_COLUMNS } from "../../templates/table3.js";
import { splitId } from "./cells.js";

/** Consecutive rows of one table whose matching cells sit in the same columns. */
export interface RowRun {
  table: 2 | 3 | 4;
  /** Row prefixes, e.g. "t3.granted". */
  rows: string[];
  /** Column keys, e.g. "natural". */
  columns: string[];
  /** The matching cells, row by row. */
  cells: string[];
}

interface Row {
  row: string;
  table: 2 | 3 | 4;
  cells: { id: string; column: string }[];
}

/** Cell IDs grouped by table row, in table order. */
function layout(ids: readonly string[]): Row[] {
  const rows: Row[] = [];
  for (const id of ids) {
    const [row, column] = splitId(id);
    const last = rows[rows.length - 1];
    if (last?.row === row) last.cells.push({ id, column });
    else rows.push({ row, table: Number(row[1]) as 2 | 3 | 4, cells: [{ id, column }] });
  }
  return rows;
}

const LAYOUTS: Record<TemplateVersion, Row[]> = {
  "2019": layout(cellIds("2019")),
  "2021": layout(cellIds("2021")),
};
/** A 2021 report that prints （六）其他处理 as one 2019-style row (t3.other.*): that row too. */
const MERGED_OTHER = ((ids: string[]) => {
  const at = ids.findIndex((id) => id.startsWith("t3.other.noCorrection."));
  const other = T3_COLUMNS.map((c) => `t3.other.${c.key}`);
  return layout([...ids.slice(0, at), ...other, ...ids.slice(at)]);
})(cellIds("2021"));

/** Groups the cells that `hit` selects into runs of rows (one finding per run, not per cell). */
export function rowRuns(report: Report, hit: (cell: Cell, id: string) => boolean): RowRun[] {
  const runs: RowRun[] = [];
  let last: RowRun | null = null;
  const rows = !report.template
    ? layout(Object.keys(report.cells))
    : report.template === "2021" && "t3.other.total" in report.cells
      ? MERGED_OTHER
      : LAYOUTS[report.template];
  for (const r of rows) {
    const found = r.cells.filter(({ id }) => {
      const cell = report.cells[id];
      return cell !== undefined && hit(cell, id);
    });
    if (!found.length) {
      last = null;
      continue;
    }
    const columns = found.map((c) => c.column);
    if (last && last.table === r.table && last.columns.join() === columns.join()) {
      last.rows.push(r.row);
      last.cells.push(...found.map((c) => c.id));
    } else {
      last = { table: r.table, rows: [r.row], columns, cells: found.map((c) => c.id) };
      runs.push(last);
    }
  }
  return runs;
}
