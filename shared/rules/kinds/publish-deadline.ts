import { z } from "zod";
import { LEVELS } from "../../model/report.js";
import type { Span } from "../../model/report.js";
import { defineKind } from "../types.js";

const monthDay = z.string().regex(/^\d{2}-\d{2}$/, "应为 MM-DD");

const params = z.strictObject({
  /** Governments at county level and above (条例 art. 50): by 3月31日 of the next year. */
  governments: z.array(z.enum(LEVELS)),
  governmentDeadline: monthDay.default("03-31"),
  /** Departments and townships (条例 art. 49): by 1月31日. */
  otherDeadline: monthDay.default("01-31"),
});

/** Where the report prints the date (its last occurrence), for the source pane. */
function dateSpans(text: string, iso: string): Span[] {
  const [y, m, d] = iso.split("-").map(Number);
  const re = new RegExp(`${y}\\s*年\\s*0?${m}\\s*月\\s*0?${d}\\s*日`, "gu");
  const last = [...text.matchAll(re)].pop();
  return last ? [[last.index, last.index + last[0].length]] : [];
}

// An unknown level is held to the earlier deadline and reported as info.
export const publishDeadline = defineKind({
  kind: "publish-deadline",
  params,
  check(report, p, ctx) {
    if (report.year === null) return [];
    const unknown = ctx.level === "other";
    const gov = p.governments.includes(ctx.level);
    const deadline = `${report.year + 1}-${gov ? p.governmentDeadline : p.otherDeadline}`;
    const base = { level: ctx.level, deadline };
    if (report.published === null)
      return [{ code: "deadline_no_date", params: base, cells: [], spans: [], severity: "info" }];
    if (report.published <= deadline) return [];
    return [
      {
        code: "deadline_late",
        params: { ...base, published: report.published },
        cells: [],
        spans: dateSpans(report.text, report.published),
        ...(unknown ? { severity: "info" as const } : {}),
      },
    ];
  },
});
