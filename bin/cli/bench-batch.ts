import { performance } from "node:perf_hooks";
import { auditFindings } from "../../shared/audit/findings.js";
import { listInputs } from "../../electron/node/adapters/folders.js";
import { readBatch } from "../../electron/node/services/batch.js";
import { defaultPool } from "../../electron/node/workers/pool.js";
import type { Args } from "./args.js";
import { progressLine, wantsProgress } from "./progress.js";

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** `bench --batch DIR`: a whole set read in the worker pool and checked as one audit. */
export async function runBatchBench(args: Args): Promise<number> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const files = (await listInputs(args.files)).map((f) => ({ ...f, name: f.path }));
  const pool = defaultPool();
  const progress = progressLine(wantsProgress(args.flags));
  const read = await readBatch(files, pool, { onProgress: (p) => progress.update(p) });
  progress.end();
  const t1 = performance.now();
  const cpu1 = process.cpuUsage();
  const reports = read.flatMap((r) => (r.kind === "report" ? [r.value.report] : []));
  const findings = auditFindings({
    reports: reports.map((report) => ({ report, corrections: {}, meta: {} })),
  }).map((c) => c.findings);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const checkCpu = process.cpuUsage(cpu1);
  const ms = read.flatMap((r) => (r.kind === "report" ? [r.value.ms] : [])).sort((a, b) => a - b);
  const medianOf = (format: string) =>
    round(
      quantile(
        read
          .flatMap((r) =>
            r.kind === "report" && r.value.report.format === format ? [r.value.ms] : [],
          )
          .sort((a, b) => a - b),
        0.5,
      ),
    );
  const result = {
    files: files.length,
    reports: reports.length,
    skipped: read.filter((r) => r.kind === "skipped").length,
    failed: read.filter((r) => r.kind === "failed").length,
    findings: findings.reduce((n, f) => n + f.length, 0),
    workers: pool.threaded ? pool.size : 0,
    totalMs: round(t2 - t0),
    readMs: round(t1 - t0),
    checkSetMs: round(t2 - t1),
    perReportMedianMs: round(quantile(ms, 0.5)),
    perReportP90Ms: round(quantile(ms, 0.9)),
    perReportMaxMs: round(ms[ms.length - 1] ?? 0),
    medianMsByFormat: { txt: medianOf("txt"), docx: medianOf("docx"), pdf: medianOf("pdf") },
    /** CPU time of all threads: the wall time on idle cores is about this divided by the workers. */
    cpuMs: round((cpu.user + cpu.system) / 1000),
    /** The set check runs in this thread alone, after the reading: its CPU time is its time. */
    checkSetCpuMs: round((checkCpu.user + checkCpu.system) / 1000),
    maxRssMiB: round(process.resourceUsage().maxRSS / 1024),
  };
  /** On idle cores: the reading spread over the workers, then the set check in one thread. */
  const idleMs = round(
    (result.cpuMs - result.checkSetCpuMs) / Math.max(result.workers, 1) + result.checkSetCpuMs,
  );
  if (args.flags.has("--json"))
    process.stdout.write(JSON.stringify({ ...result, idleEstimateMs: idleMs }, null, 1) + "\n");
  else
    process.stdout.write(
      [
        `文件 ${result.files} 个：报告 ${result.reports} 份，跳过 ${result.skipped} 个，无法读取 ${result.failed} 个`,
        `总耗时 ${result.totalMs} ms（并行读取 ${result.readMs} ms，${result.workers || "本"}线程；整套检查 ${result.checkSetMs} ms，问题 ${result.findings} 条）`,
        `每份报告解析耗时：中位数 ${result.perReportMedianMs} ms，P90 ${result.perReportP90Ms} ms，最长 ${result.perReportMaxMs} ms` +
          `（txt ${result.medianMsByFormat.txt}，docx ${result.medianMsByFormat.docx}，pdf ${result.medianMsByFormat.pdf}）`,
        `处理器时间 ${result.cpuMs} ms（各线程合计；其中整套检查 ${result.checkSetCpuMs} ms）`,
        `空闲${result.workers || 1}核时约 ${idleMs} ms（由处理器时间估计）`,
        `内存峰值（RSS）${result.maxRssMiB} MiB`,
      ].join("\n") + "\n",
    );
  return 0;
}
