/** A box on a page in points (1/72 inch), from the top-left corner: [x, y, width, height]. */
export type PageBox = readonly [number, number, number, number];

/** One piece of recognised text: a line of prose or a table cell's content. */
export interface OcrText {
  text: string;
  /** The recogniser's confidence, 0–100 (a cell without ink is blank with 100). */
  confidence: number;
  box: PageBox;
}

/** A cell of a ruled table found on the page. */
export interface OcrCell extends OcrText {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
  /** Read as a number (digits-only recognition agreed with the general model). */
  numeric: boolean;
}

export type OcrBlock =
  | { kind: "line"; line: OcrText }
  | { kind: "table"; rows: number; cols: number; cells: OcrCell[] };

export interface OcrPage {
  /** Page size in points. */
  width: number;
  height: number;
  /** Degrees the scan leaned and was turned back by before reading; boxes are in that frame. */
  skew: number;
  /** Tables and lines of prose, top to bottom. */
  blocks: OcrBlock[];
}

/** A scanned .pdf as the recogniser read it. */
export interface OcrContent {
  pages: OcrPage[];
  /**
   * Why a PDF with a text layer was recognised: its text was glyph numbers (乱码), its text
   * shows no table (the tables are pictures), or it lacks a table and paints large pictures
   * (one table pasted as a screenshot). Absent for a scan without a text layer.
   */
  drawn?: "garbled-text" | "table-images" | "table-pictures";
}
