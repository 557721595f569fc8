import { basename } from "node:path";
import type { ReadResult } from "../../../shared/model/outcome.js";
import { isReadError as isError, readError, type ReadError } from "../../../shared/model/errors.js";
import { hasPictureBlocks, readContent, type ReaderInput } from "../../../shared/parse/index.js";
import { readDocx } from "../adapters/docx.js";
import { webPage } from "../adapters/web-page.js";
import { wordBinary } from "../adapters/word-binary.js";
import { readPdf } from "../adapters/pdf.js";
import { MAX_FILE_BYTES, readBytes } from "../adapters/files.js";
import type { ScanHooks } from "../recognizer/pages.js";
import { extensionFormat, sniffFormat } from "./formats.js";
import { scanContent } from "../recognizer/scan.js";
import { tablePictures } from "./table-pictures.js";
import { documentPictures } from "./document-pictures.js";

export type { ReadResult } from "../../../shared/model/outcome.js";

export interface ReadOptions {
  /**
   * How a .pdf without a text layer, or with glyph numbers for text, is recognised; false refuses
   * it (PDF_NO_TEXT, PDF_TEXT_GARBLED).
   */
  ocr?: ScanHooks | false;
}

/** The text layer, or else, in the same job and from the same open document, the scan's pages. */
async function pdf(bytes: Uint8Array, opts: ReadOptions): Promise<ReaderInput | ReadError> {
  const hooks = opts.ocr;
  if (hooks === false) {
    const c = await readPdf(bytes);
    return isError(c) ? c : { kind: "pdf", content: c };
  }
  const c = await readPdf(bytes, {}, (doc, why) => scanContent(doc, hooks ?? {}, why));
  return isError(c) || "kind" in c ? c : { kind: "pdf", content: c };
}

/** The file's content as its adapter takes it out: what the reader's front door takes in. */
async function content(
  bytes: Uint8Array,
  format: NonNullable<ReturnType<typeof sniffFormat>>,
  opts: ReadOptions,
): Promise<ReaderInput | ReadError> {
  if (format === "txt") return { kind: "txt", bytes };
  if (format === "docx") {
    const c = await readDocx(bytes);
    return isError(c) ? c : { kind: "docx", content: c };
  }
  if (format === "html" || format === "mhtml") return webPage(bytes, format);
  if (format === "doc" || format === "wps") return wordBinary(bytes, format);
  return pdf(bytes, opts);
}

async function parse(bytes: Uint8Array, name: string, opts: ReadOptions): Promise<ReadResult> {
  if (bytes.length === 0) return { ok: false, error: readError("EMPTY_FILE") };
  if (bytes.length > MAX_FILE_BYTES)
    return {
      ok: false,
      error: readError("FILE_TOO_LARGE", `${(bytes.length / 1048576).toFixed(1)} MB`),
    };
  const format = sniffFormat(bytes, name);
  if (!format) return { ok: false, error: readError("UNSUPPORTED_FORMAT", basename(name)) };
  const input = await content(bytes, format, opts);
  if (isError(input)) return { ok: false, error: input };
  const declared = extensionFormat(name);
  const notes =
    declared && declared !== format
      ? [{ code: "EXTENSION_MISMATCH", params: { declared, format } }]
      : [];
  const read = readContent(input, notes);
  if (input.kind === "pdf") return tablePictures(bytes, input, read, opts.ocr ?? {}, notes);
  if (hasPictureBlocks(input)) return documentPictures(bytes, input, read, opts.ocr ?? {}, notes);
  return read;
}

/**
 * bytes of one file → the report model, or a ReadError. Never throws: even a fault of the reader
 * on one file is that file's error, so the other files of a batch are read as usual.
 */
export async function readReportBytes(
  bytes: Uint8Array,
  name: string,
  opts: ReadOptions = {},
): Promise<ReadResult> {
  try {
    return await parse(bytes, name, opts);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: readError("READ_FAILED", `解析时出错（${why.slice(0, 200)}）`) };
  }
}

export async function readReportFile(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const bytes = await readBytes(path);
  if (isError(bytes)) return { ok: false, error: bytes };
  return readReportBytes(bytes, path, opts);
}
