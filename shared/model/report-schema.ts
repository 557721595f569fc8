import { z } from "zod";
import { reportCellIds, t4Ids } from "../templates/cells.js";
import { LEVELS, type Report } from "./report.js";

const span = z
  .tuple([z.number().int().min(0), z.number().int().min(0)])
  .refine(([a, b]) => a <= b, "区间起点大于终点");
const message = z.object({
  code: z.string().min(1),
  message: z.string().min(1),
  span: span.optional(),
});

const mark = {
  page: z.number().int().min(1),
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  confidence: z.number().min(0).max(100),
};
const merge = z.number().int().min(2).max(1000).optional();
const layoutBlock = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("p"), span, heading: z.number().int().min(1).max(6).optional() }),
  z.object({
    kind: z.literal("table"),
    rows: z.array(z.array(z.object({ span, colspan: merge, rowspan: merge }))),
  }),
]);

/** A document's layout (Report.layout), also checked when an audit file is read back. */
export const LayoutSchema = z.array(layoutBlock);

/** The reader's output (shared/model/report.ts) as a schema: what every Report must satisfy. */
export const ReportSchema = z
  .object({
    format: z.enum(["txt", "docx", "pdf"]),
    title: z.string(),
    agency: z.string(),
    year: z.number().int().min(1900).max(2200).nullable(),
    template: z.enum(["2019", "2021"]).nullable(),
    level: z.enum(LEVELS),
    published: z.iso.date().nullable(),
    sections: z.array(
      z.object({
        no: z.number().int().min(1).max(6),
        heading: z.string().min(1),
        span,
        body: span,
      }),
    ),
    text: z.string(),
    cells: z.record(
      z.string(),
      z.object({
        value: z.union([z.number().finite(), z.string().min(1), z.null()]),
        text: z.string(),
        span,
        ocr: z.object(mark).optional(),
        at: z.object({ page: mark.page, box: mark.box }).optional(),
      }),
    ),
    tables: z.object({ 2: z.boolean(), 3: z.boolean(), 4: z.boolean() }),
    labels: z.array(
      z.object({
        table: z.union([z.literal(2), z.literal(3), z.literal(4)]),
        kind: z.enum(["row", "column"]),
        printed: z.string(),
        expected: z.string(),
        cells: z.array(z.string()),
        span,
      }),
    ),
    shapes: z.array(
      z.object({
        table: z.union([z.literal(2), z.literal(3), z.literal(4)]),
        printedColumns: z.number().int().min(0),
        expectedColumns: z.number().int().min(0),
        span,
      }),
    ),
    messages: z.array(message),
    ocr: z
      .object({
        pages: z.array(z.object({ width: z.number(), height: z.number(), skew: z.number() })),
        lines: z.array(z.object({ ...mark, span })),
      })
      .optional(),
    layout: LayoutSchema.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
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
      if (outside(l.span))
        ctx.addIssue({ code: "custom", path: ["labels", i], message: "超出正文" });
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
