import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { readError, type ReadError } from "../../../shared/model/errors.js";
import type { OcrContent, OcrPage } from "../../../shared/model/scan.js";
import { Recogniser } from "./engine.js";
import { renderPage } from "./render.js";
import { recognisePage } from "./page.js";

/** How a scan's recognition is watched and stopped by whoever runs it. */
export interface ScanHooks {
  /** Called once the page count is known (page 0), then after each page is read. */
  onProgress?: (p: { page: number; pages: number }) => void;
  /** Aborting stops the recognition before its next page; the read gives OCR_CANCELLED. */
  signal?: AbortSignal;
  /** Resolves when this scan may start: scans take turns (each holds the Chinese model twice). */
  turn?: () => Promise<void>;
}

/** Scans are read at this resolution: enough for 10.5 pt print, half the work of 200 dpi. */
export const OCR_DPI = 150;
/**
 * Pages whose text is drawn from fonts (a text layer of glyph numbers) are drawn sharp at any
 * resolution: at 300 dpi a generated Word PDF read 200 of 200 cells right, at 150 dpi 171.
 */
export const DRAWN_DPI = 300;

/**
 * The pages of a scanned .pdf drawn and recognised in this thread (tesseract.js runs its own
 * threads), two pages in flight: one page's prose and the next page's cells keep both cores busy.
 * `doc` is the document whose text layer was found empty, still open (its owner closes it).
 */
export async function recognisePdf(
  doc: PDFDocumentProxy,
  hooks: ScanHooks,
  dpi = OCR_DPI,
): Promise<OcrContent | ReadError> {
  await hooks.turn?.();
  if (hooks.signal?.aborted) return readError("OCR_CANCELLED");
  const rec = await Recogniser.create();
  try {
    const pages: OcrPage[] = new Array<OcrPage>(doc.numPages);
    let next = 1;
    let done = 0;
    hooks.onProgress?.({ page: 0, pages: doc.numPages });
    const lane = async () => {
      while (next <= doc.numPages && !hooks.signal?.aborted) {
        const n = next++;
        const page = await renderPage(doc, n, dpi);
        pages[n - 1] = await recognisePage(page.gray, dpi, page, rec);
        hooks.onProgress?.({ page: ++done, pages: doc.numPages });
      }
    };
    await Promise.all([lane(), lane()]);
    if (hooks.signal?.aborted) return readError("OCR_CANCELLED");
    return { pages };
  } catch (e) {
    return readError("OCR_FAILED", e instanceof Error ? e.message : String(e));
  } finally {
    await rec.terminate();
  }
}
