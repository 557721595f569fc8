import { z } from "zod";
import { LEVELS } from "../../model/report.js";
import { num } from "../kit/cells.js";
import { defineKind } from "../types.js";

const params = z.strictObject({
  /** The 规章 cells of both template versions. */
  cells: z.array(z.string()).min(1),
  /** Levels without the power to make 规章. */
  without: z.array(z.enum(LEVELS)),
  /**
   * Levels at which the general office (办公厅, 办公室) of a people's government reports that
   * government's 规章 (the office of a 设区的市 government is a city department).
   */
  offices: z.array(z.enum(LEVELS)).default([]),
});

const GENERAL_OFFICE = /(?:人民政府|政府)办公[厅室]$/u;

// 立法法 art. 91, 93: only State Council departments and the governments of provinces and
// 设区的市 make 规章. An unknown level ("other") is reported as info.
export const regulationAuthority = defineKind({
  kind: "regulation-authority",
  params,
  check(report, p, ctx) {
    const unknown = ctx.level === "other";
    if (!unknown && !p.without.includes(ctx.level)) return [];
    if (p.offices.includes(ctx.level) && GENERAL_OFFICE.test(report.agency)) return [];
    const cells = p.cells.filter((id) => (num(report, id) ?? 0) !== 0);
    const first = cells[0];
    if (!first) return [];
    return [
      {
        code: "regulation_authority",
        params: { level: ctx.level, value: num(report, first) ?? 0, cell: first },
        cells,
        ...(unknown ? { severity: "info" as const } : {}),
      },
    ];
  },
});
