import { readError, type ReadError } from "../../../shared/model/errors.js";
import { legible } from "../../../shared/scan/quality.js";
import type { ReaderInput } from "../../../shared/parse/index.js";
import { ocrPdf, type OcrOptions } from "../recognizer/client.js";

/** A .pdf without a text layer, recognised page by page, for the reader. */
export async function scanContent(
  bytes: Uint8Array,
  opts: OcrOptions,
): Promise<ReaderInput | ReadError> {
  const content = await ocrPdf(bytes, opts);
  if ("code" in content) return content;
  if (!legible(content)) return readError("OCR_UNREADABLE", `共 ${content.pages.length} 页`);
  return { kind: "scan", content };
}
