import { z } from "zod";
import type { FindingDraft } from "../types.js";
import { defineKind } from "../types.js";

const params = z.strictObject({
  cells: z.array(z.string()).min(1),
  maxDecimals: z.int().min(0).default(4),
  /** In 万元; above this the unit is doubtful. */
  max: z.number().positive().default(10_000_000),
});

function decimals(text: string): number {
  const m = /\.(\d+)/.exec(text.normalize("NFKC"));
  return m?.[1]?.length ?? 0;
}

/** C05: an amount printed in 元, with too many decimals, or implausibly large (万元). */
export const amountUnit = defineKind({
  kind: "amount-unit",
  params,
  check(report, p) {
    const out: FindingDraft[] = [];
    for (const id of p.cells) {
      const cell = report.cells[id];
      if (!cell || typeof cell.value !== "number") continue;
      const text = cell.text || String(cell.value);
      const yuan = /元/.test(text) && !/万元/.test(text);
      const reason = yuan
        ? "yuan"
        : decimals(text) > p.maxDecimals
          ? "decimals"
          : cell.value > p.max
            ? "max"
            : null;
      if (!reason) continue;
      const limits = { maxDecimals: p.maxDecimals, max: p.max };
      out.push({ code: `amount_${reason}`, params: { cell: id, text, ...limits }, cells: [id] });
    }
    return out;
  },
});
