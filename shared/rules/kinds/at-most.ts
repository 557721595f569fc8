import { z } from "zod";
import { nums, same, sum } from "../kit/cells.js";
import type { FindingDraft } from "../types.js";
import { defineKind } from "../types.js";

const params = z.strictObject({
  template: z.enum(["2019", "2021"]),
  /** Rows of table 二. */
  rows: z.array(z.string()).min(1),
  /** Column keys: sum(small) ≤ sum(large); an empty side is 0. */
  small: z.array(z.string()),
  large: z.array(z.string()),
  code: z.enum(["t2_published_total", "t2_issued_valid", "t2_prev_change"]),
});

/** Inequalities within a row of table 二 (A05–A07). */
export const atMost = defineKind({
  kind: "at-most",
  params,
  check(report, p, ctx) {
    if (report.template !== p.template || !report.tables[2]) return [];
    const out: FindingDraft[] = [];
    for (const row of p.rows) {
      const smallIds = p.small.map((c) => `t2.${row}.${c}`);
      const largeIds = p.large.map((c) => `t2.${row}.${c}`);
      const s = nums(report, smallIds);
      const l = nums(report, largeIds);
      if (!s || !l) continue;
      const a = sum(s);
      const b = sum(l);
      if (a <= b || same(a, b, [...smallIds, ...largeIds], ctx.amountTolerance)) continue;
      out.push({
        code: p.code,
        params: { row, template: p.template, small: a, large: b, values: [...s, ...l] },
        blame: true,
        cells: [...smallIds, ...largeIds],
      });
    }
    return out;
  },
});
