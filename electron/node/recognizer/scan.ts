import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { isReadError, readError, type ReadError } from "../../../shared/model/errors.js";
import { legible } from "../../../shared/scan/quality.js";
import type { ReaderInput } from "../../../shared/parse/index.js";
import { DRAWN_DPI, OCR_DPI, recognisePdf, type ScanHooks } from "./pages.js";
import type { ScanReason } from "../adapters/pdf.js";

/** A .pdf without a text layer, or with one of glyph numbers, recognised page by page. */
export async function scanContent(
  doc: PDFDocumentProxy,
  hooks: ScanHooks,
  why: ScanReason = "PDF_NO_TEXT",
): Promise<ReaderInput | ReadError> {
  const drawn = why !== "PDF_NO_TEXT";
  const content = await recognisePdf(doc, hooks, drawn ? DRAWN_DPI : OCR_DPI);
  if (isReadError(content)) return content;
  if (!legible(content)) return readError("OCR_UNREADABLE", `共 ${content.pages.length} 页`);
  if (why === "PDF_TEXT_GARBLED") content.drawn = "garbled-text";
  if (why === "PDF_TABLES_AS_IMAGES") content.drawn = "table-images";
  if (why === "PDF_TABLE_PICTURES") content.drawn = "table-pictures";
  return { kind: "scan", content };
}
