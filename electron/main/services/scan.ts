import { readError, type ReadError } from "../../../shared/model/errors.js";
import { legible } from "../../../shared/ocr/quality.js";
import { ocrDocument, type OcrDocument } from "../../../shared/parse/ocr/rows.js";
import { ocrPdf, type OcrOptions } from "../ocr/client.js";

/** A .pdf without a text layer, recognised page by page: rows for the table reader. */
export async function scanDocument(
  bytes: Uint8Array,
  opts: OcrOptions,
): Promise<OcrDocument | ReadError> {
  const content = await ocrPdf(bytes, opts);
  if ("code" in content) return content;
  if (!legible(content)) return readError("OCR_UNREADABLE", `共 ${content.pages.length} 页`);
  const doc = ocrDocument(content);
  doc.messages.push({
    code: "OCR",
    message: `扫描件（无文字层），经文字识别读取，共 ${content.pages.length} 页；低置信度的单元格标为待核对`,
  });
  return doc;
}
