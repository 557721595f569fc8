import { z } from "zod";
import { nums, same, sum } from "../kit/cells.js";
import { lastYear } from "../kit/audit.js";
import type { FindingDraft } from "../types.js";
import { defineKind } from "../types.js";

const params = z.strictObject({
  /** Both reports must be in this template version (null: any). */
  template: z.enum(["2019", "2021"]).nullable().default(null),
  /** Substituted for {k} in the cell patterns. */
  keys: z.array(z.string()).min(1),
  /** This year's cell. */
  current: z.string().includes("{k}"),
  /** Last year's cells, summed. */
  previous: z.array(z.string().includes("{k}")).min(1),
  code: z.enum(["carried_chain", "projects_chain"]),
});

/** Y01, Y02: a figure of this year's report continues last year's report of the same agency. */
export const yearChain = defineKind({
  kind: "year-chain",
  params,
  acrossReports: true,
  check(report, p, ctx) {
    const last = lastYear(report, ctx.set);
    if (!last) return [];
    if (p.template && (report.template !== p.template || last.template !== p.template)) return [];
    const out: FindingDraft[] = [];
    for (const k of p.keys) {
      const id = p.current.replaceAll("{k}", k);
      const prevIds = p.previous.map((x) => x.replaceAll("{k}", k));
      const cur = nums(report, [id]);
      const prev = nums(last, prevIds);
      if (!cur || !prev) continue;
      const a = cur[0] ?? 0;
      const b = sum(prev);
      if (same(a, b, [id], ctx.amountTolerance)) continue;
      out.push({
        code: p.code,
        params: { key: k, current: a, previous: b, lastYear: last.year ?? 0 },
        cells: [id],
      });
    }
    return out;
  },
});
