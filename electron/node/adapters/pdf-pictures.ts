import type { PdfRule } from "../../../shared/parse/pdf/content.js";
import { openPdf, pdfjs } from "./pdf.js";
import { pageRules, type Matrix } from "./pdf-rules.js";
import { pathOps } from "./pdf-options.js";

/** A picture a page paints, in points from the page's top left. */
export interface PdfPicture {
  page: number;
  box: PdfRule;
}

/**
 * A picture this wide and tall (shares of the page) may be a table pasted as a screenshot; a
 * seal, a logo or a QR code is smaller. A table 四 pasted at the text width is about 1/8 of an
 * A4 page high.
 */
const WIDE = 0.4;
const TALL = 0.05;

/**
 * The large pictures a .pdf paints, page by page. Reading a page's drawing decodes its images,
 * so this is asked only of a report whose text lacks a table.
 */
export async function pdfPictures(bytes: Uint8Array): Promise<PdfPicture[]> {
  const lib = await pdfjs();
  const ops = pathOps(lib.OPS);
  const task = await openPdf(bytes, true);
  try {
    const doc = await task.promise;
    const out: PdfPicture[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const list = await page.getOperatorList({ annotationMode: lib.AnnotationMode.DISABLE });
      const boxes: PdfRule[] = [];
      pageRules(list, viewport.transform as Matrix, ops, boxes);
      page.cleanup();
      for (const box of boxes)
        if (box.x2 - box.x >= viewport.width * WIDE && box.y2 - box.y >= viewport.height * TALL)
          out.push({ page: n, box });
    }
    return out;
  } finally {
    await task.destroy();
  }
}
