import { z } from "zod";
import type { Report } from "../../model/report.js";
import { T2_BLOCKS } from "../../templates/table2.js";
import { T3_COLUMNS } from "../../templates/table3.js";
import { nums } from "../kit/cells.js";
import { t3ResultRows } from "../kit/tables.js";
import type { FindingDraft } from "../types.js";
import { defineKind } from "../types.js";

const params = z.strictObject({
  /** Rows of several columns: at least this many nonzero values. */
  minNonzero: z.int().min(1).default(2),
  /** One-column rows (2021 处理决定数量): the value is at least this. */
  minSingle: z.number().min(0).default(100),
  /** Table 三 leaf result rows: at least this many nonzero applicant values, 总计 aside (info). */
  minNonzeroT3: z.int().min(1).default(3),
});

interface Row {
  key: string;
  ids: string[];
  values: number[];
}

/** Rows with identical values, later rows first (the likely copy). */
function clusters(rows: Row[]): Row[][] {
  const byValues = new Map<string, Row[]>();
  for (const r of rows) {
    const k = r.values.join("|");
    byValues.set(k, [...(byValues.get(k) ?? []), r]);
  }
  return [...byValues.values()].filter((c) => c.length > 1).map((c) => c.reverse());
}

function draft(
  report: Report,
  table: 2 | 3,
  columns: string[],
  group: Row[],
  info: boolean,
): FindingDraft {
  const values = group[0]?.values ?? [];
  return {
    code: "duplicate_rows",
    params: { table, template: report.template, rows: group.map((r) => r.key), columns, values },
    cells: group.flatMap((r) => r.ids),
    ...(info ? { severity: "info" as const } : {}),
  };
}

function rowOf(report: Report, table: string, key: string, columns: string[]): Row | null {
  const ids = columns.map((c) => `${table}.${key}.${c}`);
  const values = nums(report, ids);
  return values ? { key, ids, values } : null;
}

// A row copied onto another row of the same columns (copy-paste), rules.md D02.
export const duplicateRows = defineKind({
  kind: "duplicate-rows",
  params,
  check(report, p) {
    const out: FindingDraft[] = [];
    if (report.template && report.tables[2]) {
      const byColumns = new Map<string, string[]>();
      for (const b of T2_BLOCKS[report.template]) {
        const cols = b.columns.map((c) => c.key).join(",");
        byColumns.set(cols, [...(byColumns.get(cols) ?? []), ...b.rows.map((r) => r.key)]);
      }
      for (const [cols, keys] of byColumns) {
        const columns = cols.split(",");
        const single = columns.length === 1;
        const rows = keys
          .map((k) => rowOf(report, "t2", k, columns))
          .filter((r): r is Row => r !== null)
          .filter((r) =>
            single
              ? (r.values[0] ?? 0) >= p.minSingle
              : r.values.filter((v) => v !== 0).length >= p.minNonzero,
          );
        for (const c of clusters(rows)) out.push(draft(report, 2, columns, c, false));
      }
    }
    if (report.tables[3]) {
      const columns = T3_COLUMNS.map((c) => c.key);
      const rows = t3ResultRows(report)
        .map((k) => rowOf(report, "t3", k, columns))
        .filter((r): r is Row => r !== null)
        .filter((r) => r.values.slice(0, -1).filter((v) => v !== 0).length >= p.minNonzeroT3);
      for (const c of clusters(rows)) out.push(draft(report, 3, columns, c, true));
    }
    return out;
  },
});
