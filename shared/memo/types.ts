import type { VerdictStatus } from "../model/audit.js";
import type { Severity } from "../model/finding.js";
import type { TemplateVersion } from "../model/report.js";

/** Which findings a memo states: the confirmed ones, or also the open errors and warnings. */
export type FindingScope = "confirmed" | "open";

export interface MemoOptions {
  /** 主送机关; empty: the agency (one report) or 各有关单位 (a set). */
  addressee: string;
  /** 发文机关署名. */
  office: string;
  /** 成文日期, yyyy-mm-dd. */
  date: string;
  scope: FindingScope;
  /** List the dismissed findings in an appendix (附件). */
  includeDismissed: boolean;
  /** nianbao's version, for the reproducibility stamp (the caller knows its package). */
  app?: string;
}

/** 审核结论 of a report: a report with unjudged errors or warnings is never 通过. */
export type Conclusion = "通过" | "需整改" | "未审完";

/** How a finding stands for the memo: its verdict, or open (no verdict yet). */
export type MemoStatus = VerdictStatus | "open";

/** One finding as the memo and the workbook state it. */
export interface MemoFinding {
  key: string;
  rule: string;
  severity: Severity;
  status: MemoStatus;
  /** The verdict judged other numbers than the finding has now (证据已变化): taken as open. */
  stale: boolean;
  /** The inspector's verdict as recorded, stale or not. */
  verdict: VerdictStatus | null;
  /** Stated in the memo: confirmed, or open and counted as confirmed by the scope. */
  stated: boolean;
  message: string;
  /** The cells in the template's words with the printed (and corrected) values. */
  place: string;
  cells: string[];
  note: string;
  by: string;
  at: string;
}

export interface CorrectionLine {
  cell: string;
  text: string;
}

/** One report of the memo with its findings sorted, worst first. */
export interface MemoReport {
  id: string;
  fileName: string;
  agency: string;
  year: number | null;
  /** 紫阳县人民政府2020年政府信息公开工作年度报告 */
  name: string;
  /** What was checked: the file, template, level, cells and rules. */
  checked: string;
  findings: MemoFinding[];
  counts: Record<Severity, number>;
  stated: number;
  dismissed: number;
  /** Judged 解析有误: nianbao's reading, not the report, was wrong; left out of the memo. */
  misread: number;
  open: number;
  /** Errors and warnings with no verdict that the memo does not state (仅已确认的问题). */
  unjudged: number;
  /** 通过 only when nothing is stated and nothing is left unjudged. */
  conclusion: Conclusion;
  passed: boolean;
  corrections: CorrectionLine[];
  remarks: string[];
  template: TemplateVersion | null;
  /** SHA-256 of the report's file, for the reproducibility stamp. */
  sha256: string;
  /** 审核人员：…；复核人员：… (who judged the findings, who signed the report off), or "". */
  people: string;
  /** Who judged the report's findings, and who signed it off ("" when none). */
  judges: string[];
  reviewer: string;
}

export interface SummaryRow {
  agency: string;
  year: string;
  errors: number;
  warnings: number;
  stated: number;
  status: string;
}

/** The format-independent text of a memo: the writers only lay it out. */
export type MemoBlock =
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "paragraph"; text: string }
  /** A numbered point (1．…) with its detail lines (where, the inspector's note). */
  | { kind: "item"; number: number; text: string; details: string[] }
  | { kind: "table"; columns: string[]; rows: string[][] };

export interface Memo {
  title: string;
  /** The title's words: where a long title may break. */
  titleParts: string[];
  addressee: string;
  body: MemoBlock[];
  /** 附件说明 line and the appendix, when dismissed findings are listed. */
  attachment: { title: string; body: MemoBlock[] } | null;
  office: string;
  /** 2024年3月1日 */
  date: string;
  reports: MemoReport[];
  summary: SummaryRow[];
  /** Reproducibility: nianbao and rule-catalog versions, SHA-256 of every input file. */
  stamp: string[];
}

/** What to export: which reports, and whether one memo for the set or one per report. */
export interface MemoRequest extends MemoOptions {
  /** null: every report of the audit. */
  reportIds: string[] | null;
  perReport: boolean;
  /** 整改复核意见: one memo per chosen corrected report (the others are left out). */
  round?: boolean;
}
