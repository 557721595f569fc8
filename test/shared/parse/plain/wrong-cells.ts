import type { Report } from "../../../../shared/model/report.js";

/** The cells a report read otherwise than printed (cells it left unread are not counted). */
export function wrongCells(printed: Record<string, number | string | null>, r: Report): string[] {
  return Object.entries(printed)
    .filter(([id, v]) => id in r.cells && r.cells[id]?.value !== v)
    .map(([id, v]) => `${id}=${r.cells[id]?.value} want ${v}`);
}
