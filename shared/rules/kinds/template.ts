import { z } from "zod";
import { T3_COLUMNS } from "../../templates/table3.js";
import { t3Rows } from "../kit/tables.js";
import type { FindingDraft } from "../types.js";
import { defineKind } from "../types.js";

const noParams = z.strictObject({});

/** S04: 国办公开办函〔2021〕30号 applies from the 2021 reports on, 〔2019〕60号 before. */
export const templateYear = defineKind({
  kind: "template-year",
  params: z.strictObject({ firstYear2021: z.int().default(2021) }),
  check(report, p) {
    const { year, template } = report;
    if (year === null || template === null) return [];
    const expected = year >= p.firstYear2021 ? "2021" : "2019";
    if (template === expected) return [];
    return [{ code: "template_year", params: { year, template, expected }, cells: [], spans: [] }];
  },
});

/** S05: table 二, 三 or 四 not found. */
export const tableMissing = defineKind({
  kind: "table-missing",
  params: noParams,
  check(report) {
    return ([2, 3, 4] as const)
      .filter((t) => !report.tables[t])
      .map((table) => ({ code: "table_missing", params: { table }, cells: [], spans: [] }));
  },
});

/**
 * S06: a row or column label printed differently from the template. The same misprint repeated
 * in one table (结果维护 over each group of table 四) is one finding with all its cells.
 */
export const labelDeviation = defineKind({
  kind: "label-deviation",
  params: noParams,
  check(report) {
    const byLabel = new Map<string, FindingDraft>();
    for (const l of report.labels) {
      const key = [l.table, l.kind, l.printed.replace(/\s+/g, ""), l.expected].join("\u0000");
      const same = byLabel.get(key);
      if (same) {
        same.cells.push(...l.cells.filter((c) => !same.cells.includes(c)));
        same.spans?.push(l.span);
        continue;
      }
      byLabel.set(key, {
        code: "label_deviation",
        params: { table: l.table, kind: l.kind, printed: l.printed, expected: l.expected },
        cells: [...l.cells],
        spans: [l.span],
      });
    }
    return [...byLabel.values()];
  },
});

/** S07: a table printed in another shape, its cells mapped by the header. */
export const tableShape = defineKind({
  kind: "table-shape",
  params: noParams,
  check(report) {
    const out: FindingDraft[] = report.shapes
      .filter((s) => s.printedColumns !== s.expectedColumns)
      .map((s) => ({
        code: "table_shape",
        params: { table: s.table, printed: s.printedColumns, expected: s.expectedColumns },
        cells: [],
        spans: [s.span],
      }));
    // A 2021 table 三 printing （六）其他处理 as the 2019 template's one row.
    if (t3Rows(report).some((r) => r.key === "other") && report.template === "2021")
      out.push({
        code: "other_one_row",
        params: { table: 3 },
        cells: T3_COLUMNS.map((c) => `t3.other.${c.key}`).filter((id) => id in report.cells),
      });
    return out;
  },
});
