/** One cell of a Word table as mammoth prints it; cells covered by a merge are omitted. */
export interface DocxCell {
  /** The cell's paragraphs joined with "\n" (nested tables: one line per nested row). */
  text: string;
  colspan: number;
  rowspan: number;
}

export type DocxBlock = { kind: "p"; text: string } | { kind: "table"; rows: DocxCell[][] };

/** A .docx read by the adapter: blocks in reading order, and mammoth's HTML they came from. */
export interface DocxContent {
  blocks: DocxBlock[];
  html: string;
}
