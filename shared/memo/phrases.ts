import type { AuditReport } from "../model/audit.js";
import type { Severity } from "../model/finding.js";
import type { Report } from "../model/report.js";
import {
  FORMAT_NAMES,
  LEVEL_NAMES,
  SEVERITY_NAMES,
  TEMPLATE_NAMES,
  VERDICT_NAMES,
} from "../messages/labels.js";
import type { MemoReport, MemoStatus } from "./types.js";

/** A finding's status in the memo: its verdict, or none yet. */
export const STATUS_WORDS: Record<MemoStatus, string> = { ...VERDICT_NAMES, open: "未判定" };

/** 条例 第四十九条 (deadlines) and 第五十条 (contents, format by 国务院办公厅). */
const BASIS =
  "根据《中华人民共和国政府信息公开条例》第四十九条、第五十条和国务院办公厅关于政府信息公开工作年度报告格式的要求";

export function opening(subject: string): string {
  return `${BASIS}，我们对${subject}进行了审核。现将审核意见反馈如下。`;
}

/** What was checked in one report: its file, template, level and how many cells and rules. */
export function checkedText(a: AuditReport, r: Report, rules: number): string {
  const template = r.template ? TEMPLATE_NAMES[r.template] : "未能识别的表格模板";
  const cells = Object.keys(r.cells).length;
  return `该报告为${FORMAT_NAMES[a.format]}文件（${a.fileName}），采用${template}，发布机关按${LEVEL_NAMES[r.level]}审核。读取表二至表四共${cells}个单元格，对照${rules}项审核规则逐项检查。`;
}

/**
 * Found by the rules, then as judged: confirmed, listed without a verdict, dismissed, and what is
 * left unjudged. A report with unjudged errors or warnings never reads as judged clean.
 */
export function countsText(m: MemoReport): string {
  const { error, warning, info } = m.counts;
  const confirmed = m.findings.filter((f) => f.stated && f.status === "confirmed").length;
  const listedOpen = m.stated - confirmed;
  const parts = [`规则检查发现错误${error}个、警告${warning}个、提示${info}个`];
  if (confirmed || (!listedOpen && !m.unjudged)) parts.push(`经核实确认问题${confirmed}个`);
  if (listedOpen) parts.push(`${confirmed ? "另" : ""}列出未经人工判定的错误和警告${listedOpen}个`);
  if (m.dismissed) parts.push(`排除${m.dismissed}个`);
  if (m.unjudged) parts.push(`尚有${m.unjudged}个错误和警告未经人工判定，审核尚未完成`);
  return `${parts.join("，")}。`;
}

export function statedCounts(reports: readonly MemoReport[]): string {
  const stated = reports.flatMap((r) => r.findings.filter((f) => f.stated));
  const by = (s: Severity) => stated.filter((f) => f.severity === s).length;
  const parts = (["error", "warning", "info"] as const)
    .filter((s) => by(s) > 0)
    .map((s) => `${SEVERITY_NAMES[s]}${by(s)}个`);
  return parts.length ? `${stated.length}个（${parts.join("、")}）` : "0个";
}

export const PASSED = "经审核，未发现需要整改的问题，审核通过。";

/** A report whose errors and warnings are not all judged: never 通过. */
export function unfinished(n: number): string {
  return `尚有${n}个错误和警告未经人工判定，本意见未列出，审核尚未完成。`;
}

/** The last paragraph: what to do about the problems stated, and that unjudged ones follow. */
export function closing(reports: readonly MemoReport[]): string {
  const stated = reports.some((r) => r.stated > 0);
  const open = reports.some((r) => r.conclusion === "未审完");
  if (!stated && !open) return "请继续做好政府信息公开工作年度报告的编制和公开工作。特此函告。";
  const parts = [];
  if (stated)
    parts.push("请对照上述问题逐项核实，对年度报告修改完善后重新公开，并将整改情况及时报送我们。");
  if (open) parts.push("尚未判定的问题审核完成后另行反馈。");
  return `${parts.join("")}特此函告。`;
}

export const DISMISSED_TITLE = "审核中已排除的问题";
