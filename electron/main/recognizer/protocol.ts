import type { ReadError } from "../../../shared/model/errors.js";
import type { OcrContent } from "../../../shared/model/scan.js";

/** What the OCR worker thread is given: one scanned .pdf. */
export interface OcrJob {
  bytes: Uint8Array;
  dpi: number;
}

/** What it posts back: a message per page read, then the content or an error. */
export type OcrMessage =
  | { kind: "page"; page: number; pages: number }
  | { kind: "done"; content: OcrContent }
  | { kind: "error"; error: ReadError };
