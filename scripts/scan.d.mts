/** A PDF whose pages are the given JPEGs (one image per page, no text layer). */
export function jpegsToPdf(jpegs: Uint8Array[], dpi?: number): Buffer;
/** A .pdf rasterised by pdftoppm to JPEG pages and wrapped again: a scan without a text layer. */
export function scanPdf(file: string, opts?: { dpi?: number; gray?: boolean }): Buffer;
