import { LEVELS, type Level } from "../../shared/model/report.js";
import type { RulePack } from "../../shared/rules/index.js";
import { auditFindings } from "../../shared/audit/findings.js";
import { auditFromStore } from "../../electron/node/services/file-audit.js";
import { renderMessage } from "../../shared/messages/zh-CN.js";
import { readerText } from "../../shared/messages/reader.js";
import { readBatch } from "../../electron/node/services/batch.js";
import { defaultPool, type RunOptions } from "../../electron/node/workers/pool.js";
import { listInputs, type InputFile } from "../../electron/node/adapters/folders.js";
import type { Args } from "./args.js";
import { printSummary } from "./summary.js";
import { progressLine, wantsProgress } from "./progress.js";
import type { FileOutcome } from "./outcome.js";
import { loadPack, underOptions, type PackOverride } from "./pack.js";

export type { FileOutcome } from "./outcome.js";

/** Reads files and folders in the worker pool, then checks the reports as one set (null: cancelled). */
export async function checkInputs(
  inputs: string[],
  options: CheckOptions = {},
): Promise<FileOutcome[] | null> {
  return checkListed(await listInputs(inputs), options);
}

/** What to check with: the level, the rule pack, and `noOcr` to refuse scans (--no-ocr). */
type CheckOptions = { level?: Level; pack?: RulePack; noOcr?: boolean } & RunOptions;

async function checkListed(
  listed: InputFile[],
  options: CheckOptions,
): Promise<FileOutcome[] | null> {
  const files = listed.map((f) => ({ ...f, name: f.path, noOcr: options.noOcr }));
  const read = await readBatch(files, defaultPool(), options);
  if (options.signal?.aborted) return null;
  const reports = read.flatMap((r) => (r.kind === "report" ? [r.value.report] : []));
  const findings = auditFindings({
    reports: reports.map((report) => ({ report, corrections: {}, meta: { level: options.level } })),
    rules: options.pack,
  }).map((c) => c.findings);
  let k = 0;
  return read.map((r): FileOutcome => {
    if (r.kind !== "report") return r;
    return { ...r, value: { report: r.value.report, findings: findings[k++] ?? [] } };
  });
}

/** The given files (no folder walking), checked as one set. */
export async function checkFiles(
  files: string[],
  level?: Level,
  pack?: RulePack,
  noOcr = false,
): Promise<FileOutcome[]> {
  const listed = files.map((path) => ({ path, fromFolder: false }));
  return (await checkListed(listed, { level, pack, noOcr })) ?? [];
}

const CANCELLED = { code: "READ_FAILED" as const, message: "已取消" };

export function toJson(o: FileOutcome) {
  if (o.kind !== "report") {
    const error = o.kind === "cancelled" ? CANCELLED : o.error;
    return { file: o.file, ok: false, skipped: o.kind === "skipped", error, report: null };
  }
  const findings = o.value.findings.map((f) => ({ ...f, message: renderMessage(f) }));
  const messages = o.value.report.messages.map((m) => ({ ...m, message: readerText(m) }));
  return {
    file: o.file,
    ok: true,
    skipped: false,
    error: null,
    report: { ...o.value.report, messages, findings },
  };
}

/**
 * The reports of an audit file as the workbench checks them: with the inspector's corrections
 * and metadata, under the rule pack saved with the audit (or `--rules` for this run).
 */
async function checkAudit(
  path: string,
  override: PackOverride | undefined,
  level: Level | undefined,
): Promise<FileOutcome[]> {
  const { audit, failures } = await auditFromStore(path);
  const failed = failures.map(
    (f): FileOutcome => ({
      file: f.file,
      kind: "failed",
      error: { code: "READ_FAILED", message: `[${f.error.code}] ${f.error.message}` },
    }),
  );
  const checked = auditFindings(underOptions(audit, override, level));
  const reports = audit.reports.map((r, i): FileOutcome => {
    const c = checked[i];
    return {
      file: r.fileName,
      kind: "report",
      value: { report: c?.report ?? r.report, findings: c?.findings ?? [] },
    };
  });
  return [...failed, ...reports];
}

const isAuditFile = (f: string) => f.toLowerCase().endsWith(".nbaudit");

export async function runCheck(args: Args): Promise<number> {
  const lv = args.flags.get("--level");
  if (typeof lv === "string" && !(LEVELS as readonly string[]).includes(lv)) {
    process.stderr.write(`--level 取值应为：${LEVELS.join(" / ")}\n`);
    return 2;
  }
  if (!args.files.length) {
    process.stderr.write(
      "用法：nianbao check [--json] [--progress] [--no-ocr] [--level L] [--rules FILE] FILE|DIR...|AUDIT.nbaudit\n",
    );
    return 2;
  }
  const rules = args.flags.get("--rules");
  const override = await loadPack(typeof rules === "string" ? rules : undefined);
  const [store] = args.files;
  if (store && isAuditFile(store)) {
    if (args.files.length > 1) {
      process.stderr.write("审核文件（.nbaudit）应单独检查，不与其他文件一起\n");
      return 2;
    }
    return finish(args, await checkAudit(store, override, lv as Level | undefined));
  }
  const pack = override?.rules;
  const progress = progressLine(wantsProgress(args.flags));
  const stop = new AbortController();
  const cancel = () => stop.abort();
  process.once("SIGINT", cancel);
  const outcomes = await checkInputs(args.files, {
    level: lv as Level | undefined,
    pack,
    noOcr: args.flags.has("--no-ocr"),
    signal: stop.signal,
    onProgress: (p) => progress.update(p),
  }).finally(() => {
    progress.end();
    process.off("SIGINT", cancel);
  });
  if (!outcomes) {
    process.stderr.write("已取消\n");
    return 130;
  }
  return finish(args, outcomes);
}

/** Prints the outcomes; the exit code: 2 a file unread, 1 an error found, else 0. */
function finish(args: Args, outcomes: FileOutcome[]): number {
  if (args.flags.has("--json")) process.stdout.write(JSON.stringify(outcomes.map(toJson)) + "\n");
  else printSummary(outcomes);
  if (outcomes.some((o) => o.kind === "failed" || o.kind === "cancelled")) return 2;
  const errors = (o: FileOutcome) =>
    o.kind === "report" && o.value.findings.some((f) => f.severity === "error");
  return outcomes.some(errors) ? 1 : 0;
}
