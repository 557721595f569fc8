import { T2_BLOCKS } from "./table2.js";
import { T3_COLUMNS, T3_ROWS, T3_ROW_PRINTED } from "./table3.js";
import { T4_COLUMNS, T4_GROUPS } from "./table4.js";

export interface CellLabel {
  table: 2 | 3 | 4;
  row: string;
  column: string;
}

/** The template's own words for a cell: table, row and column label. */
export function cellLabel(id: string): CellLabel | null {
  const parts = id.split(".");
  const table = parts[0];
  if (table === "t2" && parts.length === 3) {
    for (const blocks of Object.values(T2_BLOCKS))
      for (const b of blocks) {
        const row = b.rows.find((r) => r.key === parts[1]);
        const col = b.columns.find((c) => c.key === parts[2]);
        if (row && col) return { table: 2, row: row.label, column: col.label };
      }
    return null;
  }
  if (table === "t3") {
    const col = T3_COLUMNS.find((c) => c.key === parts[parts.length - 1]);
    const rowKey = parts.slice(1, -1).join(".");
    const known = T3_ROWS["2019"].concat(T3_ROWS["2021"]).some((r) => r.key === rowKey);
    if (!col || !known) return null;
    return { table: 3, row: T3_ROW_PRINTED[rowKey] ?? rowKey, column: col.label };
  }
  if (table === "t4" && parts.length === 3) {
    const g = T4_GROUPS.find((x) => x.key === parts[1]);
    const c = T4_COLUMNS.find((x) => x.key === parts[2]);
    if (!g || !c) return null;
    return { table: 4, row: g.label, column: c.label };
  }
  return null;
}
