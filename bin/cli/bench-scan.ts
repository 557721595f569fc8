import { performance } from "node:perf_hooks";
import { isReadError } from "../../shared/model/errors.js";
import { readReportBytes } from "../../electron/node/workers/reader.js";
import { MAX_PDF_PAGES, readPdf } from "../../electron/node/adapters/pdf.js";

/** A scan is recognised once (OCR takes seconds a page): wall and CPU time per page. */
export async function timeScan(bytes: Uint8Array, file: string) {
  if (
    !(await readPdf(bytes, { maxPages: MAX_PDF_PAGES }).then(
      (c) => isReadError(c) && (c.code === "PDF_NO_TEXT" || c.code === "PDF_TEXT_GARBLED"),
    ))
  )
    return null;
  const cpu = process.cpuUsage();
  const t = performance.now();
  const r = await readReportBytes(bytes, file);
  const wall = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const pages = r.ok ? (r.report.ocr?.pages.length ?? 0) : 0;
  const per = (s: number) => +(s / Math.max(pages, 1)).toFixed(2);
  return {
    file,
    pages,
    ok: r.ok,
    secondsPerPage: per(wall),
    cpuSecondsPerPage: per((used.user + used.system) / 1e6),
  };
}

export function printScans(scans: NonNullable<Awaited<ReturnType<typeof timeScan>>>[]) {
  process.stdout.write("扫描件\t页数\t识别(秒/页)\tCPU(秒/页)\n");
  for (const s of scans)
    process.stdout.write(`${s.file}\t${s.pages}\t${s.secondsPerPage}\t${s.cpuSecondsPerPage}\n`);
  const pages = scans.reduce((n, s) => n + s.pages, 0);
  const wall = scans.reduce((n, s) => n + s.secondsPerPage * s.pages, 0);
  process.stdout.write(`合计 ${pages} 页，平均 ${(wall / Math.max(pages, 1)).toFixed(2)} 秒/页\n`);
}
