import { z } from "zod";
import { nums, same, sum } from "../kit/cells.js";
import { t3ResultRows, tableAxes } from "../kit/tables.js";
import type { FindingDraft } from "../types.js";
import { defineKind } from "../types.js";

const params = z.strictObject({
  table: z.enum(["t3", "t4"]),
  /** "column": the identity holds in each column, lhs/rhs are row keys; "row": the reverse. */
  per: z.enum(["column", "row"]),
  /** Keys summed on each side; "@results" stands for every result row of table 三. */
  lhs: z.array(z.string()).min(1),
  rhs: z.array(z.string()).min(1),
  code: z.enum(["t3_balance", "t3_results", "t3_applicants", "t4_outcomes"]),
});

/**
 * The template's 勾稽关系 and sums (A01–A04): sum(lhs) = sum(rhs) in every column or row.
 * The total side is listed first: unless another identity blames a part, the total is off.
 */
export const sumIdentity = defineKind({
  kind: "sum-identity",
  params,
  check(report, p, ctx) {
    const table = p.table === "t3" ? 3 : 4;
    if (!report.tables[table]) return [];
    const axes = tableAxes(report, p.table);
    const expand = (keys: string[]) =>
      keys.flatMap((k) => (k === "@results" ? t3ResultRows(report) : [k]));
    const lhsKeys = expand(p.lhs);
    const rhsKeys = expand(p.rhs);
    const lines = p.per === "column" ? axes.columns : axes.rows;
    const out: FindingDraft[] = [];
    for (const line of lines) {
      const id = (k: string) =>
        p.per === "column" ? `${p.table}.${k}.${line}` : `${p.table}.${line}.${k}`;
      const lhsIds = lhsKeys.map(id);
      const rhsIds = rhsKeys.map(id);
      const l = nums(report, lhsIds);
      const r = nums(report, rhsIds);
      if (!l || !r) continue;
      const a = sum(l);
      const b = sum(r);
      if (same(a, b, [...lhsIds, ...rhsIds], ctx.amountTolerance)) continue;
      out.push({
        code: p.code,
        params: { table, line, lhs: a, rhs: b },
        blame: true,
        cells: [...rhsIds, ...lhsIds],
      });
    }
    return out;
  },
});
