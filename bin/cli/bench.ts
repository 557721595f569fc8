import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import mammoth from "mammoth";
import { checkReport } from "../../shared/rules/index.js";
import { readReportBytes } from "../../electron/main/services/reader.js";
import { rawPdfText } from "../../electron/main/adapters/pdf.js";
import { sniffFormat } from "../../electron/main/services/formats.js";
import type { Args } from "./args.js";
import { expandInputs } from "../../electron/main/adapters/folders.js";

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** The library's own extraction of the same bytes: the floor nianbao's reading is compared to. */
async function rawExtract(bytes: Uint8Array, name: string): Promise<void> {
  const f = sniffFormat(bytes, name);
  if (f === "docx") await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  else if (f === "pdf") await rawPdfText(bytes);
  else new TextDecoder("utf-8").decode(bytes);
}

export async function runBench(args: Args): Promise<number> {
  const runs = Number(args.flags.get("--runs") ?? 5) || 5;
  const files = await expandInputs(args.files);
  const rows = [];
  for (const file of files) {
    const bytes = new Uint8Array(await readFile(file));
    await readReportBytes(bytes, file);
    const parse = await median(runs, () => readReportBytes(bytes, file));
    const raw = await median(runs, () => rawExtract(bytes, file));
    const r = await readReportBytes(bytes, file);
    const check = r.ok ? await median(Math.max(runs, 20), async () => checkReport(r.report)) : 0;
    rows.push({
      file,
      parseMs: +parse.toFixed(2),
      rawMs: +raw.toFixed(2),
      ratio: +(parse / Math.max(raw, 1e-3)).toFixed(2),
      checkMs: +check.toFixed(3),
    });
  }
  if (args.flags.has("--json")) process.stdout.write(JSON.stringify(rows, null, 1) + "\n");
  else {
    process.stdout.write("文件\t解析(ms)\t库原始提取(ms)\t比值\t检查(ms)\n");
    for (const r of rows)
      process.stdout.write(`${r.file}\t${r.parseMs}\t${r.rawMs}\t${r.ratio}\t${r.checkMs}\n`);
  }
  return 0;
}
