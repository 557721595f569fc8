import type { ReadError } from "../../../shared/model/errors.js";
import type { ReaderInput } from "../../../shared/parse/index.js";
import { ocrPdf, type OcrOptions } from "../ocr/client.js";

/** A .pdf without a text layer, recognised page by page, for the reader. */
export async function scanContent(
  bytes: Uint8Array,
  opts: OcrOptions,
): Promise<ReaderInput | ReadError> {
  const content = await ocrPdf(bytes, opts);
  return "code" in content ? content : { kind: "scan", content };
}
