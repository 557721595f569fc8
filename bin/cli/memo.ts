import { mkdir, writeFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import { userInfo } from "node:os";
import { LEVELS, type Level } from "../../shared/model/report.js";
import { buildMemos, defaultScope, memoText } from "../../shared/memo/index.js";
import { expandInputs } from "../../electron/node/adapters/folders.js";
import { auditFromFiles, auditFromStore } from "../../electron/node/services/file-audit.js";
import { exportFiles, type ExportRequest } from "../../electron/node/services/export.js";
import type { Args } from "./args.js";
import { loadPack, underOptions } from "./pack.js";

const USAGE =
  "用法：nianbao memo --out 审核意见.docx [--xlsx 问题清单.xlsx] [--per-report] [--round] [--text]\n" +
  "         [--addressee 主送机关] [--office 发文机关] [--date YYYY-MM-DD] [--dismissed]\n" +
  "         [--level L] [--rules FILE] FILE...|FOLDER|AUDIT.nbaudit\n";

const str = (args: Args, flag: string): string => {
  const v = args.flags.get(flag);
  return typeof v === "string" ? v : "";
};

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function inspector(): string {
  try {
    return userInfo().username || "检查人员";
  } catch {
    return "检查人员";
  }
}

/** Where each file goes: the memo beside --out (one per report: 审核意见-<单位>.docx), the workbook at --xlsx. */
function target(name: string, out: string, xlsx: string, perReport: boolean): string {
  if (name.endsWith(".xlsx")) return xlsx;
  if (!perReport) return out;
  const ext = extname(out);
  const stem = out.slice(0, out.length - ext.length);
  return `${stem}-${name.replace(/^审核意见-/, "")}`;
}

async function load(args: Args) {
  const stores = args.files.filter((f) => f.toLowerCase().endsWith(".nbaudit"));
  if (stores.length > 1 || (stores.length === 1 && args.files.length > 1)) return null;
  if (stores[0]) return auditFromStore(stores[0]);
  return auditFromFiles(await expandInputs(args.files), str(args, "--inspector") || inspector());
}

/** `memo`: the audit memo (.docx) and the findings workbook (.xlsx) of report files or an audit. */
export async function runMemo(args: Args): Promise<number> {
  const out = str(args, "--out");
  const xlsx = str(args, "--xlsx");
  const text = args.flags.has("--text");
  const level = str(args, "--level");
  const date = str(args, "--date") || today();
  const bad =
    !args.files.length ||
    (!out && !xlsx && !text) ||
    (out !== "" && !out.toLowerCase().endsWith(".docx")) ||
    (level !== "" && !(LEVELS as readonly string[]).includes(level)) ||
    !/^\d{4}-\d{2}-\d{2}$/.test(date);
  const loaded = bad ? null : await load(args);
  if (!loaded) {
    process.stderr.write(USAGE);
    return 2;
  }
  for (const f of loaded.failures)
    process.stderr.write(`${f.file}：无法读取 [${f.error.code}] ${f.error.message}\n`);
  const { audit } = loaded;
  if (!audit.reports.length) {
    process.stderr.write("没有可审核的报告\n");
    return 2;
  }
  const req: ExportRequest = {
    reportIds: audit.reports.map((r) => r.id),
    scope: defaultScope(audit),
    includeDismissed: args.flags.has("--dismissed"),
    perReport: args.flags.has("--per-report"),
    round: args.flags.has("--round"),
    addressee: str(args, "--addressee"),
    office: str(args, "--office"),
    date,
    docx: out !== "",
    xlsx: xlsx !== "",
  };
  const rules = await loadPack(str(args, "--rules") || undefined);
  const checked = underOptions(audit, rules, (level || undefined) as Level | undefined);
  if (text) process.stdout.write(buildMemos(checked, req).map(memoText).join("\n\n\f\n") + "\n");
  for (const f of await exportFiles(checked, req)) {
    const path = target(f.name, out, xlsx, req.perReport);
    await mkdir(dirname(path) || ".", { recursive: true });
    await writeFile(path, f.bytes);
    process.stdout.write(`已写出 ${join(path)}\n`);
  }
  return loaded.failures.length ? 2 : 0;
}
