import { reportCellIds, t4Ids } from "./cells.js";
import { ReportShape, type Report } from "../model/report.js";

/** The reader's output (shared/model/report.ts), strictly: what every Report must satisfy. */
export const ReportSchema = ReportShape.strict().superRefine((r, ctx) => {
  const ids = new Set(r.template ? reportCellIds(r.template) : t4Ids());
  const end = r.text.length;
  const outside = (s: readonly [number, number]) => s[1] > end;
  for (const [id, c] of Object.entries(r.cells)) {
    if (!ids.has(id))
      ctx.addIssue({ code: "custom", path: ["cells", id], message: "不是模板的单元格" });
    if (outside(c.span))
      ctx.addIssue({ code: "custom", path: ["cells", id, "span"], message: "超出正文" });
  }
  r.sections.forEach((s, i) => {
    if (outside(s.span) || outside(s.body))
      ctx.addIssue({ code: "custom", path: ["sections", i], message: "超出正文" });
  });
  r.labels.forEach((l, i) => {
    if (outside(l.span)) ctx.addIssue({ code: "custom", path: ["labels", i], message: "超出正文" });
  });
  r.layout?.forEach((b, i) => {
    const spans = b.kind === "p" ? [b.span] : b.rows.flat().map((c) => c.span);
    if (spans.some(outside))
      ctx.addIssue({ code: "custom", path: ["layout", i], message: "超出正文" });
  });
});

/** Checks a Report against the schema; the issues, empty when it conforms. */
export function reportIssues(report: Report): string[] {
  const r = ReportSchema.safeParse(report);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}
