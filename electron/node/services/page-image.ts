import type { PageImage } from "../../../shared/ipc/contract.js";
import { openPdf } from "../adapters/pdf.js";
import { pageJpeg } from "../recognizer/render.js";

/** Pages shown beside the text are drawn at this resolution (the scan's boxes stay legible). */
const VIEW_DPI = 110;

/** A page of a report's source .pdf as a JPEG data URL; throws when there is no such page. */
export async function pageImage(
  reportId: string,
  page: number,
  source: Uint8Array | undefined,
): Promise<PageImage> {
  if (!source || String.fromCharCode(...source.subarray(0, 5)) !== "%PDF-")
    throw new Error("该报告没有可显示的页面图像");
  const task = await openPdf(source);
  try {
    const doc = await task.promise;
    if (page > doc.numPages) throw new Error(`报告只有 ${doc.numPages} 页`);
    const size = (await doc.getPage(page)).getViewport({ scale: 1 });
    const jpeg = await pageJpeg(doc, page, VIEW_DPI);
    const src = `data:image/jpeg;base64,${Buffer.from(jpeg).toString("base64")}`;
    return { reportId, page, width: size.width, height: size.height, src };
  } finally {
    await task.destroy();
  }
}
