/** One run of text as pdf.js reports it, in page units (points), y measured from the page top. */
export interface PdfItem {
  str: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline of the run, distance from the top edge of the page (grows downwards). */
  y: number;
  /** Advance width of the run. */
  w: number;
  /** Font size (height of the em box above the baseline). */
  h: number;
}

/**
 * A straight line the page draws level or upright (a stroked segment or a thin filled
 * rectangle), as the box its ink covers: from (x, y) to (x2, y2), y from the page top.
 */
export interface PdfRule {
  x: number;
  y: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  width: number;
  height: number;
  /** Horizontal text runs in content-stream order; rotated runs (watermarks) are left out. */
  items: PdfItem[];
  /** The page's drawn rules (table lines), when the adapter read the page's drawing. */
  rules?: PdfRule[];
}

/** A .pdf read by the adapter: its pages' positioned text and drawn rules, nothing else. */
export interface PdfContent {
  pages: PdfPage[];
}
