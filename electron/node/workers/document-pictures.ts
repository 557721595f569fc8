import { isReadError } from "../../../shared/model/errors.js";
import type { ReadResult } from "../../../shared/model/outcome.js";
import type { ReaderMessage } from "../../../shared/model/report.js";
import {
  readContent,
  textPictures,
  withSeen,
  type PictureInput,
} from "../../../shared/parse/index.js";
import { docxPictures } from "../adapters/docx.js";
import { mhtmlPictures } from "../adapters/mhtml.js";
import type { ScanHooks } from "../recognizer/pages.js";
import type { Picture } from "../adapters/picture.js";
import { recognisePictures } from "../recognizer/pictures.js";
import { better, cellsOf, TABLES, type Table } from "./table-pictures.js";

/** The tables the text read lacks beside pictures (TABLE_PICTURE), or all of them. */
function missingTables(read: ReadResult): Table[] {
  if (!read.ok) return read.error.code === "TABLES_AS_PICTURES" ? [...TABLES] : [];
  const named = read.report.messages.filter((m) => m.code === "TABLE_PICTURE");
  return TABLES.filter((t) => named.some((m) => m.params.table === t));
}

/** How many pictures the text read says it did not read. */
function counted(read: ReadResult, otherwise: number): number {
  if (!read.ok) return otherwise;
  const said = read.report.messages.find((m) => m.code === "TABLE_PICTURE");
  return Number(said?.params.count ?? otherwise);
}

/** The document's pictures, numbered as its picture blocks; null for a page saved as .html. */
async function picturesOf(bytes: Uint8Array, input: PictureInput): Promise<Picture[] | null> {
  if (input.kind === "docx") return docxPictures(bytes);
  if (input.kind === "html") return null;
  return mhtmlPictures(bytes, input.content.sources);
}

/**
 * A .docx or a web archive (.mhtml) whose text lacks a table beside pictures (a screenshot of
 * the table pasted in its place). Its large PNG and JPEG pictures are recognised, and the tables
 * found in them read where the pictures stand, the rest of the text as it is; that read is kept
 * when it reads a missing table and every table the text had (as a PDF's, table-pictures.ts).
 * Otherwise, when every picture was recognised, the text's read says they hold no such table
 * (PICTURE_NOT_TABLE, S05); when some could not be (EMF/WMF), the table may be one of them
 * (TABLE_PICTURE, S10). A page saved as .html keeps its images outside the file: never read.
 */
export async function documentPictures(
  bytes: Uint8Array,
  input: PictureInput,
  read: ReadResult,
  ocr: ScanHooks | false,
  notes: ReaderMessage[],
): Promise<ReadResult> {
  const missing = missingTables(read);
  if (ocr === false || !missing.length) return read;
  const numbers = textPictures(input);
  if (!numbers.length) return read;
  const pictures = await picturesOf(bytes, input);
  if (!pictures) return read;
  const found = await recognisePictures(pictures, numbers, ocr);
  if (isReadError(found) || !found.seen.size) return read;
  // Every picture the text read counted was recognised (one in a table's cell is not looked at).
  const all = found.unread === 0 && numbers.length >= counted(read, numbers.length);
  const count = found.seen.size;
  const said = { code: "OCR_PICTURES", params: { count } };
  const seen = readContent(withSeen(input, found.seen, all), [...notes, said]);
  const reads = (t: Table) => seen.ok && cellsOf(seen.report, t) > 0;
  const kept =
    seen.ok && (read.ok ? better(seen.report, read.report, missing) : missing.some(reads));
  if (kept) {
    const still = missing.filter((t) => !reads(t) && all);
    if (!still.length) return seen;
    const not = still.map((table) => ({ code: "PICTURE_NOT_TABLE", params: { table, count } }));
    return readContent(withSeen(input, found.seen, all), [...notes, said, ...not]);
  }
  if (!all || !read.ok) return read;
  const not = missing.map((table) => ({ code: "PICTURE_NOT_TABLE", params: { table, count } }));
  return readContent(withSeen(input, new Map(), true), [...notes, ...not]);
}
