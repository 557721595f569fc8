import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { readError, type ReadError } from "../../../shared/model/errors.js";
import type { OcrContent } from "../../../shared/model/scan.js";
import type { OcrJob, OcrMessage } from "./protocol.js";

export interface OcrOptions {
  /** Called once the page count is known (page 0), then after each page is read. */
  onProgress?: (p: { page: number; pages: number }) => void;
  /** Aborting stops the worker thread at once; the read gives OCR_CANCELLED. */
  signal?: AbortSignal;
}

/** Scans are read at this resolution: enough for 10.5 pt print, half the work of 200 dpi. */
export const OCR_DPI = 150;

/** The bundled worker (dist/ocr-worker.js), next to the CLI bundle or above the sources. */
function workerFile(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    for (const f of [join(dir, "ocr-worker.js"), join(dir, "dist", "ocr-worker.js")])
      if (existsSync(f)) return f;
    dir = dirname(dir);
  }
  return null;
}

let queue: Promise<unknown> = Promise.resolve();

function runWorker(job: OcrJob, opts: OcrOptions): Promise<OcrContent | ReadError> {
  const file = workerFile();
  if (!file) return Promise.resolve(readError("OCR_FAILED", "找不到识别程序 ocr-worker.js"));
  if (opts.signal?.aborted) return Promise.resolve(readError("OCR_CANCELLED"));
  return new Promise((resolve) => {
    const worker = new Worker(file, { workerData: job });
    const finish = (r: OcrContent | ReadError) => {
      opts.signal?.removeEventListener("abort", abort);
      void worker.terminate();
      resolve(r);
    };
    const abort = () => finish(readError("OCR_CANCELLED"));
    opts.signal?.addEventListener("abort", abort, { once: true });
    worker.on("message", (m: OcrMessage) => {
      if (m.kind === "page") opts.onProgress?.({ page: m.page, pages: m.pages });
      else finish(m.kind === "done" ? m.content : m.error);
    });
    worker.on("error", (e) => finish(readError("OCR_FAILED", e.message)));
    worker.on("exit", () => finish(readError("OCR_FAILED", "识别程序意外退出")));
  });
}

/**
 * Recognises a scanned .pdf in a worker thread (which runs tesseract.js's own threads), one
 * scan at a time: each holds the Chinese model twice in memory, so scans queue up.
 */
export function ocrPdf(bytes: Uint8Array, opts: OcrOptions = {}): Promise<OcrContent | ReadError> {
  const job: OcrJob = { bytes, dpi: OCR_DPI };
  const run = queue.then(() => runWorker(job, opts));
  queue = run.catch(() => undefined);
  return run;
}
