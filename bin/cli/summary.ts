import { renderMessage } from "../../shared/messages/zh-CN.js";
import type { Level } from "../../shared/model/report.js";
import type { FileOutcome } from "./check.js";

export const LEVEL_NAMES: Record<Level, string> = {
  province: "省级",
  "city-gov": "设区的市人民政府",
  "city-dept": "市级部门",
  "county-gov": "县级人民政府",
  "county-dept": "县级部门",
  township: "乡镇（街道）",
  other: "其他",
};

const MARK = { error: "错误", warning: "警告", info: "提示" } as const;

/** The readable Chinese summary of `check` without --json. */
export function printSummary(outcomes: FileOutcome[]) {
  const out: string[] = [];
  for (const o of outcomes) {
    out.push(`■ ${o.file}`);
    if (!o.result.ok && o.skipped) {
      out.push(`  已跳过（不是年度报告）[${o.result.error.code}] ${o.result.error.message}`, "");
      continue;
    }
    if (!o.result.ok) {
      out.push(`  无法读取 [${o.result.error.code}] ${o.result.error.message}`, "");
      continue;
    }
    const r = o.result.report;
    const count = (s: string) => o.findings.filter((f) => f.severity === s).length;
    out.push(
      `  ${r.agency || "（未识别发布机关）"} ${r.year ?? "？"}年度 · ${r.template ?? "？"}版模板 · ${LEVEL_NAMES[r.level]} · 落款 ${r.published ?? "未识别"}`,
      `  读取 ${Object.keys(r.cells).length} 个单元格；错误 ${count("error")}，警告 ${count("warning")}，提示 ${count("info")}`,
    );
    for (const f of o.findings) out.push(`  [${MARK[f.severity]}] ${f.rule} ${renderMessage(f)}`);
    for (const m of r.messages) out.push(`  （读取提示）${m.message}`);
    out.push("");
  }
  process.stdout.write(out.join("\n") + "\n");
}
