import type { Report } from "../../model/report.js";
import { T2_BLOCKS } from "../../templates/table2.js";

/** The numeric value of a cell, or undefined when absent, blank or text. */
export function num(report: Report, id: string): number | undefined {
  const v = report.cells[id]?.value;
  return typeof v === "number" ? v : undefined;
}

/** Numeric values of all cells, or undefined when any of them is not a number. */
export function nums(report: Report, ids: readonly string[]): number[] | undefined {
  const out: number[] = [];
  for (const id of ids) {
    const v = num(report, id);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

export function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** Amount cells (万元) of table 二; every other cell is a count. */
export const AMOUNT_CELLS: ReadonlySet<string> = new Set(
  Object.values(T2_BLOCKS).flatMap((blocks) =>
    blocks.flatMap((b) =>
      b.rows.flatMap((r) => b.columns.filter((c) => c.amount).map((c) => `t2.${r.key}.${c.key}`)),
    ),
  ),
);

/** Whether two sums are equal: exact for counts, within tolerance when an amount is involved. */
export function same(a: number, b: number, ids: readonly string[], tolerance: number): boolean {
  const tol = ids.some((id) => AMOUNT_CELLS.has(id)) ? tolerance : 0;
  return Math.abs(a - b) <= tol + 1e-9;
}

/** "t3.denied.secret.total" → ["t3.denied.secret", "total"]. */
export function splitId(id: string): [row: string, column: string] {
  const i = id.lastIndexOf(".");
  return [id.slice(0, i), id.slice(i + 1)];
}

/** Whether a cell ID matches a pattern with `*` standing for one segment (t2.*.change). */
export function matches(id: string, pattern: string): boolean {
  const a = id.split(".");
  const b = pattern.split(".");
  return a.length === b.length && b.every((p, i) => p === "*" || p === a[i]);
}

/** A form left blank: tables were read and not one of their cells holds anything. */
export function isBlankForm(report: Report): boolean {
  const cells = Object.values(report.cells);
  return cells.length > 0 && cells.every((c) => c.value === null);
}
