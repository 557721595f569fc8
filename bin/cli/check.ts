import { readFile } from "node:fs/promises";
import { LEVELS, type Level } from "../../shared/model/report.js";
import type { Finding } from "../../shared/model/finding.js";
import { checkSet, parseRulePack, type RulePack } from "../../shared/rules/index.js";
import { renderMessage } from "../../shared/messages/zh-CN.js";
import {
  readReportFile,
  type ReadOptions,
  type ReadResult,
} from "../../electron/main/services/reader.js";
import type { Args } from "./args.js";
import { printSummary } from "./summary.js";
import { expandInputs } from "../../electron/main/adapters/folders.js";

export interface FileOutcome {
  file: string;
  result: ReadResult;
  findings: Finding[];
}

export async function loadPack(path: string | undefined): Promise<RulePack | undefined> {
  if (!path) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    process.stderr.write(
      `规则包 ${path} 无法读取：${e instanceof Error ? e.message : String(e)}\n`,
    );
    return undefined;
  }
  const { pack, errors } = parseRulePack(json);
  for (const err of errors)
    process.stderr.write(`规则包 ${path} 第「${err.path}」项无效：${err.message}\n`);
  return pack;
}

/** Scans are recognised (OCR) unless `--no-ocr`; progress per page on a terminal. */
function readOptions(args: Args): (file: string) => ReadOptions {
  if (args.flags.has("--no-ocr")) return () => ({ ocr: false });
  if (!process.stderr.isTTY) return () => ({});
  return (file) => ({
    ocr: {
      onProgress: (p) =>
        p.page && process.stderr.write(`识别 ${file}：第 ${p.page}/${p.pages} 页\n`),
    },
  });
}

export async function checkFiles(
  files: string[],
  level?: Level,
  pack?: RulePack,
  options: (file: string) => ReadOptions = () => ({}),
): Promise<FileOutcome[]> {
  const results = await Promise.all(files.map((f) => readReportFile(f, options(f))));
  const reports = results.flatMap((r) => (r.ok ? [r.report] : []));
  const findings = checkSet(reports, { pack, level });
  let k = 0;
  return results.map((result, i) => ({
    file: files[i] as string,
    result,
    findings: result.ok ? (findings[k++] ?? []) : [],
  }));
}

export function toJson(o: FileOutcome) {
  if (!o.result.ok) return { file: o.file, ok: false, error: o.result.error, report: null };
  const findings = o.findings.map((f) => ({ ...f, message: renderMessage(f) }));
  return { file: o.file, ok: true, error: null, report: { ...o.result.report, findings } };
}

export async function runCheck(args: Args): Promise<number> {
  const lv = args.flags.get("--level");
  if (typeof lv === "string" && !(LEVELS as readonly string[]).includes(lv)) {
    process.stderr.write(`--level 取值应为：${LEVELS.join(" / ")}\n`);
    return 2;
  }
  if (!args.files.length) {
    process.stderr.write(
      "用法：nianbao check [--json] [--level L] [--rules FILE] [--no-ocr] FILE...\n",
    );
    return 2;
  }
  const rules = args.flags.get("--rules");
  const pack = await loadPack(typeof rules === "string" ? rules : undefined);
  const files = await expandInputs(args.files);
  const outcomes = await checkFiles(files, lv as Level | undefined, pack, readOptions(args));
  if (args.flags.has("--json")) process.stdout.write(JSON.stringify(outcomes.map(toJson)) + "\n");
  else printSummary(outcomes);
  if (outcomes.some((o) => !o.result.ok)) return 2;
  return outcomes.some((o) => o.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
