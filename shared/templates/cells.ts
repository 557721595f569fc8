import type { TemplateVersion } from "../model/report.js";
import { T2_BLOCKS } from "./table2.js";
import { T3_COLUMNS, T3_ROWS } from "./table3.js";
import { T4_COLUMNS, T4_GROUPS } from "./table4.js";

export function t2Ids(v: TemplateVersion): string[] {
  return T2_BLOCKS[v].flatMap((b) =>
    b.rows.flatMap((r) => b.columns.map((c) => `t2.${r.key}.${c.key}`)),
  );
}

export function t3Ids(v: TemplateVersion): string[] {
  return T3_ROWS[v].flatMap((r) => T3_COLUMNS.map((c) => `t3.${r.key}.${c.key}`));
}

export function t4Ids(): string[] {
  return T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => `t4.${g.key}.${c.key}`));
}

/** Every canonical cell ID of a template version, in table order (cell-ids.md). */
export function cellIds(v: TemplateVersion): string[] {
  return [...t2Ids(v), ...t3Ids(v), ...t4Ids()];
}

/**
 * The cell IDs a report of a template version may hold: its own, and for 2021 the 2019 row
 * （六）其他处理 (t3.other.*), read when a 2021 report prints that row undivided (S07).
 */
export function reportCellIds(v: TemplateVersion): string[] {
  const ids = cellIds(v);
  return v === "2021" ? [...ids, ...T3_COLUMNS.map((c) => `t3.other.${c.key}`)] : ids;
}
