import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { garbledText } from "../../../shared/text/garbled.js";
import { isReadError, readError, type ReadError } from "../../../shared/model/errors.js";
import type { PdfContent, PdfItem, PdfPage } from "../../../shared/parse/pdf/content.js";
import { MAX_FILE_BYTES } from "./files.js";
import { pageLines, showsTable } from "../../../shared/parse/index.js";
import { compose, pageRules, type Matrix } from "./pdf-rules.js";
import { pathOps, READING } from "./pdf-options.js";
import { loadPdfJs } from "./pdf-load.js";
import { CachedBinaryData } from "./pdf-data.js";

export const MAX_PDF_PAGES = 300;
/** A text layer that takes longer than this to extract is refused (the samples take under 1 s). */
export const PDF_DEADLINE_MS = 60_000;

const pkg = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
/** pdf.js reads these with fs in Node: plain directory paths with a trailing separator. */
const dir = (name: string) => join(pkg, name) + sep;

let loaded: ReturnType<typeof loadPdfJs> | undefined;
// Loaded on first use: runs that only read .txt/.docx need not pay for it.
export const pdfjs = () => (loaded ??= loadPdfJs());

let opens = 0;
/** How many documents pdf.js has been given to open in this thread (tests count them). */
export const pdfOpens = (): number => opens;

/**
 * The installed package's CMaps (for CJK fonts without a ToUnicode map) and standard fonts.
 * `forReading`: the document is read (text and rules), and drawn only if it is a scan.
 */
export async function openPdf(bytes: Uint8Array, forReading = false) {
  const lib = await pdfjs();
  opens++;
  return lib.getDocument({
    ...(forReading ? READING : {}),
    // pdf.js takes ownership of the buffer it is given.
    data: bytes.slice(),
    cMapUrl: dir("cmaps"),
    cMapPacked: true,
    standardFontDataUrl: dir("standard_fonts"),
    wasmUrl: dir("wasm"),
    BinaryDataFactory: CachedBinaryData,
    iccUrl: dir("iccs"),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
}

const REAL_TEXT = /[\p{L}\p{N}]/u;

interface Extracted {
  page: PdfPage;
  hasText: boolean;
}

/** A ruled table reaching this far down its page may go on over the page break. */
const GOES_ON = 0.8;

type Page = Awaited<ReturnType<PDFDocumentProxy["getPage"]>>;
type Viewport = ReturnType<Page["getViewport"]>;
type Run = { str: string; transform: number[]; width: number; height: number };

/** Only left-to-right runs on a level baseline: rotated text is a watermark or a stamp. */
function upright(m: number[]): boolean {
  const [a = 0, b = 0, c = 0, d = 0] = m;
  return a > 0 && Math.abs(b) + Math.abs(c) <= 0.05 * (a + Math.abs(d));
}

/** The runs placed by `viewport`, and how many of them read upright. */
function placed(
  viewport: Viewport,
  runs: Run[],
): { viewport: Viewport; at: Matrix[]; upright: number } {
  const at = runs.map((r) => compose(viewport.transform, r.transform));
  return { viewport, at, upright: at.filter(upright).length };
}

/**
 * The page turned so that most of its text reads left to right: a page set sideways (/Rotate
 * on a page whose text runs level, a landscape table turned for printing) is read as its text
 * runs, as pdftotext does; a page whose few rotated runs are stamps keeps its own turn.
 */
function readingPlace(page: Page, runs: Run[]): ReturnType<typeof placed> {
  let best = placed(page.getViewport({ scale: 1 }), runs);
  if (best.upright * 2 >= runs.length) return best;
  for (const turn of [90, 180, 270]) {
    const v = placed(page.getViewport({ scale: 1, rotation: (page.rotate + turn) % 360 }), runs);
    if (v.upright > best.upright) best = v;
  }
  return best;
}

async function readPage(doc: PDFDocumentProxy, n: number, after: boolean): Promise<Extracted> {
  const lib = await pdfjs();
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  const runs: Run[] = [];
  for (const it of content.items) if ("str" in it && it.str) runs.push(it as Run);
  const { viewport, at } = readingPlace(page, runs);
  const items: PdfItem[] = [];
  let hasText = false;
  for (const [i, it] of runs.entries()) {
    if (REAL_TEXT.test(it.str)) hasText = true;
    const m = at[i] as Matrix;
    if (!upright(m)) continue;
    const [, , c = 0, d = 0, e = 0, f = 0] = m;
    const h = it.height > 0 ? it.height : Math.hypot(c, d);
    items.push({ str: it.str, x: e, y: f, w: it.width, h });
  }
  const read: PdfPage = { width: viewport.width, height: viewport.height, items };
  // The drawn rules are the truth about a table's cells. Reading a page's drawing costs about
  // as much again as its text: only pages whose text shows a table are read, and a page after
  // one whose table reaches its foot (the rest of a split row has no number to show). Annotations
  // draw no tables.
  if (after || showsTable(pageLines(items), viewport.width)) {
    const list = await page.getOperatorList({ annotationMode: lib.AnnotationMode.DISABLE });
    read.rules = pageRules(list, viewport.transform as Matrix, pathOps(lib.OPS));
  }
  page.cleanup();
  return { page: read, hasText };
}

function failure(e: unknown): ReadError {
  const name = (e as { name?: string } | null)?.name ?? "";
  const message = e instanceof Error ? e.message : String(e);
  if (name === "PasswordException") return readError("PDF_ENCRYPTED");
  return readError("PDF_CORRUPT", message);
}

function tooBig(bytes: Uint8Array): ReadError | null {
  if (bytes.length === 0) return readError("EMPTY_FILE");
  if (bytes.length > MAX_FILE_BYTES)
    return readError("FILE_TOO_LARGE", `${(bytes.length / 1048576).toFixed(1)} MB`);
  return null;
}

async function readPages(
  task: Awaited<ReturnType<typeof openPdf>>,
  max: number,
  deadline: number,
): Promise<PdfContent | ReadError> {
  try {
    const doc = await task.promise;
    if (doc.numPages > max) return readError("TOO_COMPLEX", `${doc.numPages} 页，上限 ${max} 页`);
    const pages: PdfPage[] = [];
    let hasText = false;
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() > deadline) return overtime(n - 1, doc.numPages);
      const prev = pages[n - 2];
      const after = prev?.rules?.some((r) => r.y2 > prev.height * GOES_ON) ?? false;
      const r = await readPage(doc, n, after);
      pages.push(r.page);
      hasText ||= r.hasText;
    }
    if (!hasText) return readError("PDF_NO_TEXT");
    return garbledText(pdfText({ pages })) ? readError("PDF_TEXT_GARBLED") : { pages };
  } catch (e) {
    return failure(e);
  }
}

/** The text of a read PDF's runs, page after page, as one string. */
export const pdfText = (content: PdfContent): string =>
  content.pages.map((p) => p.items.map((i) => i.str).join("")).join("");

const overtime = (done: number, of: number) =>
  readError("TOO_COMPLEX", `读取超时（已读 ${done}/${of} 页）`);

export interface ReadPdfOptions {
  maxPages?: number;
  deadlineMs?: number;
}

/**
 * What becomes of a document without a text layer, or with one that is glyph numbers (`why`),
 * given the document already open.
 */
export type ScanRead<T> = (doc: PDFDocumentProxy, why: ScanReason) => Promise<T>;
export type ScanReason =
  | "PDF_NO_TEXT"
  | "PDF_TEXT_GARBLED"
  | "PDF_TABLES_AS_IMAGES"
  | "PDF_TABLE_PICTURES";
const isScanReason = (code: string): code is ScanReason =>
  code === "PDF_NO_TEXT" || code === "PDF_TEXT_GARBLED";

/**
 * A .pdf's positioned text, page by page; a file that cannot be read, has more than `maxPages`
 * pages or takes longer than `deadlineMs` gives a ReadError. A file without a text layer gives
 * PDF_NO_TEXT, one whose text is glyph numbers PDF_TEXT_GARBLED, or, given `scan`, what `scan`
 * makes of the same open document (the file is opened once; the deadline covers the text layer,
 * not the recognition).
 */
export async function readPdf(
  bytes: Uint8Array,
  opts?: ReadPdfOptions,
): Promise<PdfContent | ReadError>;
export async function readPdf<T>(
  bytes: Uint8Array,
  opts: ReadPdfOptions,
  scan: ScanRead<T>,
): Promise<PdfContent | ReadError | T>;
export async function readPdf<T>(
  bytes: Uint8Array,
  opts: ReadPdfOptions = {},
  scan?: ScanRead<T>,
): Promise<PdfContent | ReadError | T> {
  const bad = tooBig(bytes);
  if (bad) return bad;
  const ms = opts.deadlineMs ?? PDF_DEADLINE_MS;
  const task = await openPdf(bytes, true);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The deadline also covers a page that never resolves (pdf.js waiting on a broken stream).
  const expired = new Promise<ReadError>((resolve) => {
    timer = setTimeout(() => resolve(readError("TOO_COMPLEX", `读取超过 ${ms / 1000} 秒`)), ms);
  });
  try {
    const text = await Promise.race([
      readPages(task, opts.maxPages ?? MAX_PDF_PAGES, Date.now() + ms),
      expired,
    ]);
    clearTimeout(timer);
    if (!scan || !isReadError(text) || !isScanReason(text.code)) return text;
    if (text.code === "PDF_NO_TEXT") return await scan(await task.promise, text.code);
    return await scanDrawn(bytes, scan, text.code);
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}

/**
 * The document drawn with its fonts and recognised by `scan` (opened for reading, pdf.js draws
 * no glyphs): a text layer of glyph numbers, or one whose tables are pictures.
 */
export async function scanDrawn<T>(
  bytes: Uint8Array,
  scan: ScanRead<T>,
  why: ScanReason,
): Promise<T> {
  const drawn = await openPdf(bytes);
  try {
    return await scan(await drawn.promise, why);
  } finally {
    await drawn.destroy();
  }
}

/**
 * pdf.js's own text extraction over all pages: the floor `bench` compares readPdf against.
 * `drawing`: also each page's operator list (where pdf.js gives the drawn lines), opened as
 * readPdf opens a file: the floor for reading text and rules.
 */
export async function rawPdfText(bytes: Uint8Array, drawing = false): Promise<string> {
  const task = await openPdf(bytes, drawing);
  try {
    const doc = await task.promise;
    const out: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const it of content.items) if ("str" in it) out.push(it.str, it.hasEOL ? "\n" : "");
      if (drawing)
        await page.getOperatorList({ annotationMode: (await pdfjs()).AnnotationMode.DISABLE });
    }
    return out.join("");
  } finally {
    await task.destroy();
  }
}
