import type { CellView, GridRow, TableBlock } from "./model.js";

function sameNotes(a: CellView["notes"], b: CellView["notes"]): boolean {
  return (
    a.length === b.length &&
    a.every((n, i) => n.severity === b[i]?.severity && n.text === b[i]?.text)
  );
}

function sameCell(a: CellView, b: CellView | undefined): boolean {
  return (
    !!b &&
    a.id === b.id &&
    a.printed === b.printed &&
    a.value === b.value &&
    a.correction === b.correction &&
    a.severity === b.severity &&
    a.remarks === b.remarks &&
    a.selected === b.selected &&
    a.signed === b.signed &&
    sameNotes(a.notes, b.notes)
  );
}

function sameRow(a: GridRow, b: GridRow): boolean {
  const keys = Object.keys(a.cells);
  return (
    a.height === b.height &&
    a.labels.join("\u0001") === b.labels.join("\u0001") &&
    keys.length === Object.keys(b.cells).length &&
    keys.every((k) => sameCell(a.cells[k] as CellView, b.cells[k]))
  );
}

/**
 * The new blocks with every unchanged row replaced by the previous row object, so that ag-grid
 * (rows by id, data compared by reference) redraws only the rows an edit or a click changed.
 */
export function keepUnchangedRows(
  prev: readonly TableBlock[],
  next: readonly TableBlock[],
): TableBlock[] {
  const old = new Map(prev.map((b) => [b.id, new Map(b.rows.map((r) => [r.key, r]))]));
  return next.map((b) => {
    const rows = old.get(b.id);
    if (!rows) return b;
    return {
      ...b,
      rows: b.rows.map((r) => {
        const o = rows.get(r.key);
        return o && sameRow(r, o) ? o : r;
      }),
    };
  });
}
