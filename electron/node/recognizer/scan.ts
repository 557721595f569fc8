import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { isReadError, readError, type ReadError } from "../../../shared/model/errors.js";
import { legible } from "../../../shared/scan/quality.js";
import type { ReaderInput } from "../../../shared/parse/index.js";
import { recognisePdf, type ScanHooks } from "./pages.js";

/** A .pdf without a text layer, recognised page by page, for the reader. */
export async function scanContent(
  doc: PDFDocumentProxy,
  hooks: ScanHooks,
): Promise<ReaderInput | ReadError> {
  const content = await recognisePdf(doc, hooks);
  if (isReadError(content)) return content;
  if (!legible(content)) return readError("OCR_UNREADABLE", `共 ${content.pages.length} 页`);
  return { kind: "scan", content };
}
