import type { Span } from "../../shared/model/report.js";
import type { TableNo, Update, View } from "./state.js";

export function tableOf(cell: string): TableNo | null {
  const t = cell.slice(0, 3);
  return t === "t2." ? 2 : t === "t3." ? 3 : t === "t4." ? 4 : null;
}

/** Opens a report in the workbench (from the list, the overview or an outcome). */
export const selectReport =
  (id: string): Update =>
  (s) =>
    s.selectedId === id
      ? s.view === "report"
        ? s
        : { ...s, view: "report" }
      : { ...s, selectedId: id, focus: null, view: "report" };

export const showView =
  (view: View): Update =>
  (s) => ({ ...s, view });

export const showTable =
  (table: TableNo): Update =>
  (s) => ({ ...s, table });

/** Point every pane at a cell, a passage and/or a finding; the grid shows the cell's table. */
export const focusOn =
  (target: { cell?: string | null; span?: Span | null; key?: string | null }): Update =>
  (s) => {
    const cell = target.cell ?? null;
    const span = target.span && target.span[1] > target.span[0] ? target.span : null;
    return {
      ...s,
      table: (cell && tableOf(cell)) || s.table,
      focus: { cell, span, key: target.key ?? null, seq: (s.focus?.seq ?? 0) + 1 },
    };
  };

export const clearFocus: Update = (s) => (s.focus ? { ...s, focus: null } : s);
