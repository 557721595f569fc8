import { z } from "zod";
/** A character range [start, end) in Report.text. */
export type Span = readonly [number, number];

/** html and mhtml: a saved web page; doc and wps: Word 97–2003 and WPS 文字 binary files. */
export type Format = "txt" | "docx" | "pdf" | "html" | "mhtml" | "doc" | "wps";
export type TemplateVersion = "2019" | "2021";
export const LEVELS = [
  "province",
  "city-gov",
  "city-dept",
  "county-gov",
  "county-dept",
  "township",
  "other",
] as const;
export type Level = (typeof LEVELS)[number];

// The report's shape is written once, as the schemas below: the types are derived from them,
// the reader's output is checked against them (report-schema.ts), and an audit file's reports
// are restored through them (electron/node/store/restore-report.ts).

/** Every format and template version as a list; a name added to a union above must join here. */
const EVERY_FORMAT: Record<Format, true> = {
  txt: true,
  docx: true,
  pdf: true,
  html: true,
  mhtml: true,
  doc: true,
  wps: true,
};
const EVERY_TEMPLATE: Record<TemplateVersion, true> = { "2019": true, "2021": true };
export const FORMATS = Object.keys(EVERY_FORMAT) as [Format, ...Format[]];
export const TEMPLATE_VERSIONS = Object.keys(EVERY_TEMPLATE) as [
  TemplateVersion,
  ...TemplateVersion[],
];

export const SpanSchema: z.ZodType<Span> = z
  .tuple([z.number().int().min(0), z.number().int().min(0)])
  .refine(([a, b]) => a <= b, "区间起点大于终点")
  .readonly();

/** What the report printed: a number, null for a blank cell, the printed string otherwise. */
export const CellValueSchema = z.union([z.number().finite(), z.string().min(1), z.null()]);
export type CellValue = z.output<typeof CellValueSchema>;

/** Where on a page of a .pdf something was printed. */
export const PagePlaceSchema = z.object({
  /** Page number, from 1. */
  page: z.number().int().min(1),
  /** [x, y, width, height] in points from the page's top-left corner. */
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]).readonly(),
});
export type PagePlace = z.output<typeof PagePlaceSchema>;

/** 0–100; below the 待核对 threshold the inspector is asked to check it against the scan. */
const ConfidenceSchema = z.number().min(0).max(100);

/** Where a piece of a scanned report was recognised, and how sure the recogniser was. */
export const OcrMarkSchema = PagePlaceSchema.extend({ confidence: ConfidenceSchema });
export type OcrMark = z.output<typeof OcrMarkSchema>;

/**
 * Where a page printed a cell (a .pdf, with a text layer or scanned); `confidence` only when the
 * cell was read by the recogniser (OCR).
 */
export const CellPlaceSchema = PagePlaceSchema.extend({ confidence: ConfidenceSchema.optional() });
export type CellPlace = z.output<typeof CellPlaceSchema>;

export const CellSchema = z.object({
  value: CellValueSchema,
  /** The printed text of the cell, trimmed ("" for a blank cell). */
  text: z.string(),
  span: SpanSchema,
  /** Only for a .pdf: where the page printed the cell (and the recogniser's confidence). */
  place: CellPlaceSchema.optional(),
});
export type Cell = z.output<typeof CellSchema>;

/** A report read from a scan: its pages and every recognised line of prose. */
export const OcrInfoSchema = z.object({
  /**
   * Page sizes in points, for drawing a mark's box on the page image, and the degrees the
   * scan leaned (boxes are on the page turned back by `skew`).
   */
  pages: z.array(z.object({ width: z.number(), height: z.number(), skew: z.number() })),
  /** The prose lines (narrative text), each with its span in Report.text. */
  lines: z.array(OcrMarkSchema.extend({ span: SpanSchema })),
});
export type OcrInfo = z.output<typeof OcrInfoSchema>;

export const SectionSchema = z.object({
  no: z.literal([1, 2, 3, 4, 5, 6]),
  /** The heading as printed (without markdown marks), e.g. "五、存在困难建议及改进情况". */
  heading: z.string().min(1),
  span: SpanSchema,
  /** From the end of the heading to the next section heading (or the end of the text). */
  body: SpanSchema,
});
export type Section = z.output<typeof SectionSchema>;
export type SectionNo = Section["no"];

const TableNoSchema = z.literal([2, 3, 4]);

/** A label the report printed differently from the template (S06 evidence). */
export const LabelDeviationSchema = z.object({
  table: TableNoSchema,
  kind: z.enum(["row", "column"]),
  printed: z.string(),
  expected: z.string(),
  cells: z.array(z.string()),
  span: SpanSchema,
});
export type LabelDeviation = z.output<typeof LabelDeviationSchema>;

/** What a reader could not read, as data: the sentence is rendered from code + params (shared/messages). */
export const ReaderMessageSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  span: SpanSchema.optional(),
});
export type ReaderMessage = z.output<typeof ReaderMessageSchema>;

export const TableShapeSchema = z.object({
  table: TableNoSchema,
  /** How many value columns a row of the table was printed with (most common). */
  printedColumns: z.number().int().min(0),
  expectedColumns: z.number().int().min(0),
  span: SpanSchema,
});
export type TableShape = z.output<typeof TableShapeSchema>;

const merge = z.number().int().min(2).max(1000).optional();

/** A printed cell of a source table, for showing the document as it was laid out. */
export const LayoutCellSchema = z.object({ span: SpanSchema, colspan: merge, rowspan: merge });
export type LayoutCell = z.output<typeof LayoutCellSchema>;

/**
 * How the source laid its text out (.docx: mammoth's paragraphs and tables), for the source
 * pane: each block names its text by span, so marks on the text land in the same place.
 */
export const LayoutBlockSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("p"),
    span: SpanSchema,
    heading: z.number().int().min(1).max(6).optional(),
  }),
  z.object({ kind: z.literal("table"), rows: z.array(z.array(LayoutCellSchema)) }),
]);
export type LayoutBlock = z.output<typeof LayoutBlockSchema>;

/** The reader's output. */
export const ReportShape = z.object({
  format: z.enum(FORMATS),
  title: z.string(),
  agency: z.string(),
  year: z.number().int().min(1900).max(2200).nullable(),
  template: z.enum(TEMPLATE_VERSIONS).nullable(),
  level: z.enum(LEVELS),
  /** Date printed at the end (ISO yyyy-mm-dd), or null. */
  published: z.iso.date().nullable(),
  sections: z.array(SectionSchema),
  text: z.string(),
  cells: z.record(z.string(), CellSchema),
  /** Which of tables 2, 3, 4 were found. */
  tables: z.object({ 2: z.boolean(), 3: z.boolean(), 4: z.boolean() }),
  labels: z.array(LabelDeviationSchema),
  shapes: z.array(TableShapeSchema),
  messages: z.array(ReaderMessageSchema),
  /** Only for a report read from a scan (OCR). */
  ocr: OcrInfoSchema.optional(),
  /** Only for a document with paragraphs and tables of its own (.docx). */
  layout: z.array(LayoutBlockSchema).optional(),
});
export type Report = z.output<typeof ReportShape>;

/** A report with nothing read: every field at its default. */
export function emptyReport(format: Format): Report {
  return {
    format,
    title: "",
    agency: "",
    year: null,
    template: null,
    level: "other",
    published: null,
    sections: [],
    text: "",
    cells: {},
    tables: { 2: false, 3: false, 4: false },
    labels: [],
    shapes: [],
    messages: [],
  };
}
