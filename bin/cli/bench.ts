import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
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

interface Timing {
  wall: number;
  /** The process's CPU time (user + system): steadier than wall time on a shared machine. */
  cpu: number;
}

async function timed(fn: () => Promise<unknown>): Promise<Timing> {
  const t = performance.now();
  const c = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(c);
  return { wall: performance.now() - t, cpu: (d.user + d.system) / 1000 };
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Medians of `runs` timings of each function, run in turn (a, b, a, b, …) so that a busy
 * machine or a warming JIT weighs on both sides alike.
 */
async function medians(runs: number, fns: (() => Promise<unknown>)[]): Promise<Timing[]> {
  const times = fns.map((): Timing[] => []);
  for (let i = 0; i < runs; i++)
    for (const [k, fn] of fns.entries()) times[k]!.push(await timed(fn));
  return times.map((t) => ({
    wall: median(t.map((x) => x.wall)),
    cpu: median(t.map((x) => x.cpu)),
  }));
}

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
  for (const file of files) {
    const bytes = new Uint8Array(await readFile(file));
    const scan = await timeScan(bytes, file);
    if (scan) {
      scans.push(scan);
      continue;
    }
    await readReportBytes(bytes, file);
    // --raw-drawing: a .pdf's floor also reads every page's drawing (its operator list).
    const drawing = args.flags.has("--raw-drawing");
    await rawExtract(bytes, file, drawing);
    const none: Timing = { wall: 0, cpu: 0 };
    const [parse = none, raw = none] = await medians(runs, [
      () => readReportBytes(bytes, file),
      () => rawExtract(bytes, file, drawing),
    ]);
    const r = await readReportBytes(bytes, file);
    const [check = none] = r.ok
      ? await medians(Math.max(runs, 20), [async () => checkReport(r.report)])
      : [];
    const ratio = (a: number, b: number) => +(a / Math.max(b, 1e-3)).toFixed(2);
    rows.push({
      file,
      parseMs: +parse.wall.toFixed(2),
      rawMs: +raw.wall.toFixed(2),
      ratio: ratio(parse.wall, raw.wall),
      parseCpuMs: +parse.cpu.toFixed(2),
      rawCpuMs: +raw.cpu.toFixed(2),
      cpuRatio: ratio(parse.cpu, raw.cpu),
      checkMs: +check.wall.toFixed(3),
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
