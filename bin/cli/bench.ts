import { readFile } from "node:fs/promises";
import mammoth from "mammoth";
import { checkReport } from "../../shared/rules/index.js";
import { readReportBytes } from "../../electron/node/workers/reader.js";
import { rawPdfText } from "../../electron/node/adapters/pdf.js";
import { printScans, timeScan } from "./bench-scan.js";
import { sniffFormat } from "../../electron/node/workers/formats.js";
import { rawPage, rawWordText } from "./bench-raw.js";
import type { Args } from "./args.js";
import { expandInputs } from "../../electron/node/adapters/folders.js";
import { runBatchBench } from "./bench-batch.js";
import { runBrowserBench } from "./bench-browser.js";
import { batchMedians, warmUp, type Timing } from "./bench-timing.js";

/** How long all files are read in turn, untimed, before the first is timed. */
const WARM_ALL_MS = 1000;

/** The library's own extraction of the same bytes: the floor nianbao's reading is compared to. */
async function rawExtract(bytes: Uint8Array, name: string, drawing = false): Promise<void> {
  const f = sniffFormat(bytes, name);
  if (f === "docx") await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  else if (f === "pdf") await rawPdfText(bytes, drawing);
  else if (f === "html" || f === "mhtml") rawPage(bytes, f);
  else if (f === "doc" || f === "wps") await rawWordText(bytes);
  else new TextDecoder("utf-8").decode(bytes);
}

export async function runBench(args: Args): Promise<number> {
  if (args.flags.has("--batch")) return runBatchBench(args);
  if (args.flags.has("--browser")) return runBrowserBench(args);
  const runs = Number(args.flags.get("--runs") ?? 5) || 5;
  const files = await expandInputs(args.files);
  const rows = [];
  const scans = [];
  // --raw-drawing: a .pdf's floor also reads every page's drawing (its operator list).
  const drawing = args.flags.has("--raw-drawing");
  const texts = [];
  for (const file of files) {
    const bytes = new Uint8Array(await readFile(file));
    const scan = await timeScan(bytes, file);
    if (scan) scans.push(scan);
    else texts.push({ file, bytes });
  }
  // Every file read both ways first, so that the first file timed does not pay for the JIT.
  await warmUp(
    texts.flatMap(({ file, bytes }) => [
      () => readReportBytes(bytes, file),
      () => rawExtract(bytes, file, drawing),
    ]),
    WARM_ALL_MS,
  );
  for (const { file, bytes } of texts) {
    const none: Timing = { wall: 0, cpu: 0 };
    const timed = await batchMedians(runs, [
      () => readReportBytes(bytes, file),
      () => rawExtract(bytes, file, drawing),
    ]);
    const [parse = none, raw = none] = timed.times;
    const [, ratios = none] = timed.ratios;
    const r = await readReportBytes(bytes, file);
    const [check = none] = r.ok
      ? (await batchMedians(runs, [async () => checkReport(r.report)])).times
      : [];
    rows.push({
      file,
      parseMs: +parse.wall.toFixed(2),
      rawMs: +raw.wall.toFixed(2),
      ratio: +ratios.wall.toFixed(2),
      parseCpuMs: +parse.cpu.toFixed(2),
      rawCpuMs: +raw.cpu.toFixed(2),
      cpuRatio: +ratios.cpu.toFixed(2),
      checkMs: +check.wall.toFixed(3),
      batches: timed.batches,
      runsPerBatch: timed.reps,
    });
  }
  if (args.flags.has("--json"))
    process.stdout.write(
      JSON.stringify(scans.length ? { files: rows, scans } : rows, null, 1) + "\n",
    );
  else {
    if (rows.length)
      process.stdout.write("文件\t解析(ms)\t库原始提取(ms)\t比值\tCPU比值\t检查(ms)\n");
    for (const r of rows)
      process.stdout.write(
        `${r.file}\t${r.parseMs}\t${r.rawMs}\t${r.ratio}\t${r.cpuRatio}\t${r.checkMs}\n`,
      );
    if (scans.length) printScans(scans);
  }
  return 0;
}
