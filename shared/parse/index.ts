import { isReadError, readError } from "../model/errors.js";
import type { ReaderMessage } from "../model/report.js";
import type { OcrContent } from "../model/scan.js";
import { docxDocument } from "./docx/rows.js";
import { docDocument } from "./doc/document.js";
import { htmlDocument } from "./html/document.js";
import { attachOcr } from "./scan/attach.js";
import { ocrDocument, type OcrDocument } from "./scan/rows.js";
import { pdfDocument } from "./pdf/rows.js";
import type { ReadResult } from "../model/outcome.js";
import { readReport } from "./report.js";
import type { Pictures, SourceDocument } from "./source.js";
import { txtDocument } from "./txt/document.js";
import type { ReaderInput } from "./input.js";

export type { ReadResult } from "../model/outcome.js";
export type { ReaderInput } from "./input.js";
// What adapters use to shape a file's content for the reader (no reading of tables).
export { treeContent, treePictures } from "./docx/tree.js";
export { hasPictureBlocks, textPictures, withSeen, type PictureInput } from "./pictures.js";
export { pageLines } from "./pdf/lines.js";
export { showsTable } from "./pdf/blocks.js";
export { htmlPage } from "./html/document.js";

/** The rows a format's front end makes of its content, before the table reader reads them. */
export function sourceDocument(input: ReaderInput): SourceDocument | ReturnType<typeof readError> {
  switch (input.kind) {
    case "txt":
      return txtDocument(input.bytes);
    case "docx":
      return docxDocument(input.content);
    case "pdf":
      return pdfDocument(input.content);
    case "html":
    case "mhtml":
      return htmlDocument(input.content, input.kind);
    case "doc":
    case "wps":
      return docDocument(input.content, input.kind);
    case "scan":
      return scanRows(input.content);
  }
}

function scanRows(content: OcrContent) {
  const doc = ocrDocument(content);
  const code =
    content.drawn === "garbled-text"
      ? "OCR_TEXT_GARBLED"
      : content.drawn === "table-images"
        ? "OCR_TABLE_IMAGES"
        : content.drawn === "table-pictures"
          ? "OCR_TABLE_PICTURES"
          : "OCR";
  doc.messages.push({ code, params: { pages: content.pages.length } });
  return doc;
}

const isScan = (d: SourceDocument): d is OcrDocument => "marks" in d;

/**
 * The reader's one front door: a file's content, as its adapter took it out, → the report.
 * Every caller (the parse workers, the CLI, the workbench) comes through here; `notes` are what
 * the caller learnt of the file itself (an extension that does not fit its content), `pictures`
 * the pictures it found in the file that the content does not show (a PDF's, not recognised).
 */
export function readContent(
  input: ReaderInput,
  notes: ReaderMessage[] = [],
  pictures?: Pictures,
): ReadResult {
  const doc = sourceDocument(input);
  if (isReadError(doc)) return { ok: false, error: doc };
  doc.messages.push(...notes);
  if (pictures) doc.pictures = pictures;
  const res = readReport(doc);
  if (res.ok && isScan(doc)) return { ok: true, report: attachOcr(res.report, doc) };
  return res;
}
