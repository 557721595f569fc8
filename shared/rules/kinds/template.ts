import { z } from "zod";
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

/** S06: a row or column label printed differently from the template; one finding each. */
export const labelDeviation = defineKind({
  kind: "label-deviation",
  params: noParams,
  check(report) {
    return report.labels.map((l) => ({
      code: "label_deviation",
      params: { table: l.table, kind: l.kind, printed: l.printed, expected: l.expected },
      cells: l.cells,
      spans: [l.span],
    }));
  },
});

/** S07: a table printed in another shape, its cells mapped by the header. */
export const tableShape = defineKind({
  kind: "table-shape",
  params: noParams,
  check(report) {
    return report.shapes
      .filter((s) => s.printedColumns !== s.expectedColumns)
      .map((s) => ({
        code: "table_shape",
        params: { table: s.table, printed: s.printedColumns, expected: s.expectedColumns },
        cells: [],
        spans: [s.span],
      }));
  },
});
