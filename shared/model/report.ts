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

/** What the report printed: a number, null for a blank cell, the printed string otherwise. */
export type CellValue = number | string | null;

/** Where on a page of a .pdf something was printed. */
export interface PagePlace {
  /** Page number, from 1. */
  page: number;
  /** [x, y, width, height] in points from the page's top-left corner. */
  box: readonly [number, number, number, number];
}

/** Where a piece of a scanned report was recognised, and how sure the recogniser was. */
export interface OcrMark extends PagePlace {
  /** 0–100; below the 待核对 threshold the inspector is asked to check it against the scan. */
  confidence: number;
}

export interface Cell {
  value: CellValue;
  /** The printed text of the cell, trimmed ("" for a blank cell). */
  text: string;
  span: Span;
  /** Only for a report read from a scan (OCR). */
  ocr?: OcrMark;
  /** Only for a .pdf with text: where the page printed the cell. */
  at?: PagePlace;
}

/** A report read from a scan: its pages and every recognised line of prose. */
export interface OcrInfo {
  /**
   * Page sizes in points, for drawing a mark's box on the page image, and the degrees the
   * scan leaned (boxes are on the page turned back by `skew`).
   */
  pages: { width: number; height: number; skew: number }[];
  /** The prose lines (narrative text), each with its span in Report.text. */
  lines: (OcrMark & { span: Span })[];
}

export type SectionNo = 1 | 2 | 3 | 4 | 5 | 6;

export interface Section {
  no: SectionNo;
  /** The heading as printed (without markdown marks), e.g. "五、存在困难建议及改进情况". */
  heading: string;
  span: Span;
  /** From the end of the heading to the next section heading (or the end of the text). */
  body: Span;
}

/** A label the report printed differently from the template (S06 evidence). */
export interface LabelDeviation {
  table: 2 | 3 | 4;
  kind: "row" | "column";
  printed: string;
  expected: string;
  cells: string[];
  span: Span;
}

export interface ReaderMessage {
  code: string;
  message: string;
  span?: Span;
}

export interface TableShape {
  table: 2 | 3 | 4;
  /** How many value columns a row of the table was printed with (most common). */
  printedColumns: number;
  expectedColumns: number;
  span: Span;
}

/** A printed cell of a source table, for showing the document as it was laid out. */
export interface LayoutCell {
  span: Span;
  colspan?: number;
  rowspan?: number;
}

/**
 * How the source laid its text out (.docx: mammoth's paragraphs and tables), for the source
 * pane: each block names its text by span, so marks on the text land in the same place.
 */
export type LayoutBlock =
  | { kind: "p"; span: Span; heading?: number }
  | { kind: "table"; rows: LayoutCell[][] };

export interface Report {
  format: Format;
  title: string;
  agency: string;
  year: number | null;
  template: TemplateVersion | null;
  level: Level;
  /** Date printed at the end (ISO yyyy-mm-dd), or null. */
  published: string | null;
  sections: Section[];
  text: string;
  cells: Record<string, Cell>;
  /** Which of tables 2, 3, 4 were found. */
  tables: { 2: boolean; 3: boolean; 4: boolean };
  labels: LabelDeviation[];
  shapes: TableShape[];
  messages: ReaderMessage[];
  /** Only for a report read from a scan (OCR). */
  ocr?: OcrInfo;
  /** Only for a document with paragraphs and tables of its own (.docx). */
  layout?: LayoutBlock[];
}
