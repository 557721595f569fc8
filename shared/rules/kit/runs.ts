import type { Cell, Report } from "../../model/report.js";
import { presentIds, splitId } from "./cells.js";

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

interface RowHits {
  row: string;
  columns: string[];
  cells: string[];
}

function rowsOf(report: Report, hit: (cell: Cell, id: string) => boolean): (RowHits | null)[] {
  const out: (RowHits | null)[] = [];
  let cur: RowHits | null = null;
  let curRow = "";
  for (const id of presentIds(report)) {
    const [row, col] = splitId(id);
    if (row !== curRow) {
      out.push(cur && cur.cells.length ? cur : null);
      cur = { row, columns: [], cells: [] };
      curRow = row;
    }
    const cell = report.cells[id];
    if (cell && hit(cell, id) && cur) {
      cur.columns.push(col);
      cur.cells.push(id);
    }
  }
  out.push(cur && cur.cells.length ? cur : null);
  return out;
}

/** Groups the cells that `hit` selects into runs of rows (one finding per run, not per cell). */
export function rowRuns(report: Report, hit: (cell: Cell, id: string) => boolean): RowRun[] {
  const runs: RowRun[] = [];
  let last: RowRun | null = null;
  for (const r of rowsOf(report, hit)) {
    if (!r) {
      last = null;
      continue;
    }
    const table = Number(r.row[1]) as 2 | 3 | 4;
    const cols = r.columns.join(",");
    if (last && last.table === table && last.columns.join(",") === cols) {
      last.rows.push(r.row);
      last.cells.push(...r.cells);
    } else {
      last = { table, rows: [r.row], columns: r.columns, cells: [...r.cells] };
      runs.push(last);
    }
  }
  return runs;
}
