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

export interface PdfPage {
  width: number;
  height: number;
  /** Horizontal text runs in content-stream order; rotated runs (watermarks) are left out. */
  items: PdfItem[];
}

/** A .pdf read by the adapter: its pages' positioned text, nothing else. */
export interface PdfContent {
  pages: PdfPage[];
}
