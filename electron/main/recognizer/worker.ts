import { parentPort, workerData } from "node:worker_threads";
import { openPdf } from "../adapters/pdf.js";
import { readError } from "../../../shared/model/errors.js";
import type { OcrPage } from "../../../shared/model/scan.js";
import { Recogniser } from "./engine.js";
import { renderPage } from "./render.js";
import { recognisePage } from "./page.js";
import type { OcrJob, OcrMessage } from "./protocol.js";

const post = (m: OcrMessage) => parentPort?.postMessage(m);

/** The OCR thread: renders and recognises the pages of one scan, posting progress per page. */
async function run({ bytes, dpi }: OcrJob): Promise<void> {
  const task = await openPdf(bytes);
  const rec = await Recogniser.create();
  try {
    const doc = await task.promise;
    const pages: OcrPage[] = new Array<OcrPage>(doc.numPages);
    let next = 1;
    let done = 0;
    post({ kind: "page", page: 0, pages: doc.numPages });
    // Two pages in flight: one page's prose and the next page's cells keep both cores busy.
    const lane = async () => {
      while (next <= doc.numPages) {
        const n = next++;
        const page = await renderPage(doc, n, dpi);
        pages[n - 1] = await recognisePage(page.gray, dpi, page, rec);
        post({ kind: "page", page: ++done, pages: doc.numPages });
      }
    };
    await Promise.all([lane(), lane()]);
    post({ kind: "done", content: { pages } });
  } finally {
    await Promise.all([rec.terminate(), task.destroy()]);
  }
}

run(workerData as OcrJob).catch((e: unknown) =>
  post({
    kind: "error",
    error: readError("OCR_FAILED", e instanceof Error ? e.message : String(e)),
  }),
);
