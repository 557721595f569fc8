import type { OcrPage } from "../../model/scan.js";

/** One cell of a Word table as mammoth reads it; cells covered by a merge are omitted. */
export interface DocxCell {
  /** The cell's paragraphs joined with "\n" (nested tables: one line per nested row). */
  text: string;
  colspan: number;
  rowspan: number;
}

export type DocxBlock =
  | {
      kind: "p";
      text: string;
      /** Heading level 1–6 from the paragraph's style. */
      heading?: number;
    }
  | { kind: "table"; rows: DocxCell[][] }
  /**
   * Where a picture stands in the text (after the paragraph holding it): `picture` numbers it
   * among the document's pictures, from 0, for the adapter that reads it; `seen` is what the
   * recogniser read of it, when it was recognised (its rows then stand here).
   */
  | { kind: "picture"; picture: number; seen?: OcrPage };

/** A .docx read by the adapter: paragraphs and tables in reading order. */
export interface DocxContent {
  blocks: DocxBlock[];
  /** How many pictures its body holds (their content is not read). */
  pictures?: number;
}
