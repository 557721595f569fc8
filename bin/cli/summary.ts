import { renderMessage } from "../../shared/messages/zh-CN.js";
import { readerText } from "../../shared/messages/reader.js";
import { LEVEL_NAMES, SEVERITY_NAMES, templateShortName } from "../../shared/messages/labels.js";
import type { FileOutcome } from "./outcome.js";

/** The readable Chinese summary of `check` without --json. */
export function printSummary(outcomes: FileOutcome[]) {
  const out: string[] = [];
  for (const o of outcomes) {
    out.push(`■ ${o.file}`);
    if (o.kind === "cancelled") {
      out.push("  已取消", "");
      continue;
    }
    if (o.kind !== "report") {
      const why = o.kind === "skipped" ? "已跳过（不是年度报告）" : "无法读取";
      out.push(`  ${why} [${o.error.code}] ${o.error.message}`, "");
      continue;
    }
    const { report: r, findings } = o.value;
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    out.push(
      `  ${r.agency || "（未识别发布机关）"} ${r.year ?? "？"}年度 · ${r.template ? templateShortName(r.template) : "？版"}模板 · ${LEVEL_NAMES[r.level]} · 落款 ${r.published ?? "未识别"}`,
      `  读取 ${Object.keys(r.cells).length} 个单元格；${(["error", "warning", "info"] as const).map((s) => `${SEVERITY_NAMES[s]} ${count(s)}`).join("，")}`,
    );
    for (const f of findings)
      out.push(`  [${SEVERITY_NAMES[f.severity]}] ${f.rule} ${renderMessage(f)}`);
    for (const m of r.messages) out.push(`  （读取提示）${readerText(m)}`);
    out.push("");
  }
  process.stdout.write(out.join("\n") + "\n");
}
