import type { ReadResult } from "../../../shared/model/outcome.js";
import { isReadError } from "../../../shared/model/errors.js";
import type { Report, ReaderMessage } from "../../../shared/model/report.js";
import { readContent, type ReaderInput } from "../../../shared/parse/index.js";
import type { PdfContent } from "../../../shared/parse/pdf/content.js";
import { DISCLOSURE, REPORT } from "../../../shared/agency/body.js";
import { pdfText, scanDrawn, type ScanReason } from "../adapters/pdf.js";
import { pdfPictures } from "../adapters/pdf-pictures.js";
import type { Pictures } from "../../../shared/parse/source.js";
import type { ScanHooks } from "../recognizer/pages.js";
import { scanContent } from "../recognizer/scan.js";

export type Table = 2 | 3 | 4;
export const TABLES: readonly Table[] = [2, 3, 4];

/** The document drawn and recognised whole, then read; null when recognition fails. */
async function recognised(
  bytes: Uint8Array,
  hooks: ScanHooks,
  why: ScanReason,
  notes: ReaderMessage[],
): Promise<ReadResult | null> {
  const scanned = await scanDrawn(bytes, (doc, w) => scanContent(doc, hooks, w), why);
  return isReadError(scanned) ? null : readContent(scanned, notes);
}

export const cellsOf = (r: Report, t?: Table) =>
  Object.keys(r.cells).filter((id) => t === undefined || id.startsWith(`t${t}.`)).length;

/** The recognised read finds a table the text lacks, keeps every table it has, and reads more. */
export function better(seen: Report, text: Report, missing: Table[]): boolean {
  return (
    TABLES.every((t) => !text.tables[t] || seen.tables[t]) &&
    missing.some((t) => cellsOf(seen, t) > 0) &&
    cellsOf(seen) > cellsOf(text)
  );
}

/**
 * A PDF report whose text lacks some or all of its tables because they are pictures (pasted
 * screenshots, a portal page printed with table images). A text without any table that names a
 * 信息公开 report is drawn and recognised whole, kept only when that finds the tables. A text
 * without some of them is recognised when the file paints large pictures: the recognised read
 * is kept when it reads those tables; otherwise the text's read says the pictures were read and
 * hold no such table, or, when they were not recognised, that the tables may be the pictures
 * (unread, S10, not missing, S05).
 */
export async function tablePictures(
  bytes: Uint8Array,
  input: Extract<ReaderInput, { kind: "pdf" }>,
  read: ReadResult,
  ocr: ScanHooks | false,
  notes: ReaderMessage[],
): Promise<ReadResult> {
  if (!read.ok) {
    if (read.error.code !== "NO_TABLES" || !namesReport(input.content)) return read;
    const seen = ocr === false ? null : await recognised(bytes, ocr, "PDF_TABLES_AS_IMAGES", notes);
    if (seen?.ok) return seen;
    const pictures = await picturesIn(bytes);
    return pictures ? readContent(input, notes, pictures) : read;
  }
  const missing = TABLES.filter((t) => !read.report.tables[t]);
  if (!missing.length) return read;
  const pictures = await picturesIn(bytes);
  if (!pictures) return read;
  const seen = ocr === false ? null : await recognised(bytes, ocr, "PDF_TABLE_PICTURES", notes);
  if (seen?.ok && better(seen.report, read.report, missing)) return seen;
  if (!seen) return readContent(input, notes, pictures);
  const { pages } = pictures;
  const said = missing.map((table) => ({ code: "PICTURE_NOT_TABLE", params: { table, pages } }));
  return readContent(input, [...notes, ...said]);
}

/** The large pictures the PDF paints, as the reader is told of them; null when it paints none. */
async function picturesIn(bytes: Uint8Array): Promise<Required<Pictures> | null> {
  const found = await pdfPictures(bytes);
  if (!found.length) return null;
  return { count: found.length, pages: [...new Set(found.map((p) => p.page))].join("、") };
}

function namesReport(content: PdfContent): boolean {
  const all = pdfText(content);
  return DISCLOSURE.test(all) && REPORT.test(all);
}
