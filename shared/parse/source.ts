import type { Format, LayoutBlock, PagePlace, ReaderMessage, Span } from "../model/report.js";

/** One printed cell of a row (or a whole line of prose); span points into SourceDocument.text. */
export interface SourceCell {
  text: string;
  span: Span;
  /** Horizontal position on the page (pdf), left and right edge in points. */
  x?: number;
  x2?: number;
  /** Table cells merged over several columns (docx colspan). */
  colspan?: number;
  /** Where the page printed it (pdf). */
  at?: PagePlace;
  /**
   * A value whose column the front end cannot tell (text aligned by spaces, where a blank cell
   * leaves no trace and the spacing does not keep the page's columns): its row is placed only
   * when it prints a slot for every column, and is otherwise unread (S10), never guessed.
   */
  loose?: true;
  /**
   * A value of a row whose values the front end cannot tell apart or in order (pdftotext set
   * two columns' numbers a space apart, and then may swap them): the row is unread whatever it prints.
   */
  unsure?: true;
  /**
   * A scan's cell in a row of figures read unsurely as a character or two (0 as 站 or 用): a
   * figure's slot whatever it reads, never a label.
   */
  misread?: true;
}

/**
 * A row of the document in reading order: a table row (several cells), or a line of prose
 * (one cell). Every front end (txt, docx, pdf) produces rows; one table reader reads them.
 */
export interface SourceRow {
  cells: SourceCell[];
  span: Span;
  /** True when the front end saw it as a table row (tab/pipe row, Word table row, pdf cells). */
  tabular: boolean;
  /** Page number (pdf), for page-header/footer filtering and the source pane. */
  page?: number;
}

export interface SourceDocument {
  format: Format;
  text: string;
  rows: SourceRow[];
  messages: ReaderMessage[];
  /** The document's paragraphs and tables (docx), for the source pane. */
  layout?: LayoutBlock[];
  /**
   * Tables whose heading and values the front end found but none of whose rows it could read
   * (plain pdftotext's blocks in an order their labels do not give): found, every cell unknown.
   */
  unreadTables?: (2 | 3 | 4)[];
  /**
   * Pictures in the report's body whose content was not read (images on a page or in a Word
   * document, a PDF's pictures not recognised): a table the text lacks may be one of them.
   */
  pictures?: Pictures;
}

export interface Pictures {
  count: number;
  /** The pages they are on ("2、3"), where the document has pages. */
  pages?: string;
}
