import type { RequestOf } from "../../../shared/ipc/contract.js";
import type { Audit } from "../../../shared/model/audit.js";
import {
  buildMemos,
  defaultScope,
  type Memo,
  type MemoRequest,
} from "../../../shared/memo/index.js";

export type ExportRequest = RequestOf<"audit:export">;

/** What the dialog edits: the request, with the reports as a set of ids. */
export interface ExportDraft {
  reportIds: string[];
  scope: MemoRequest["scope"];
  includeDismissed: boolean;
  perReport: boolean;
  /** 整改复核意见 of the chosen corrected reports instead of the audit memo. */
  round: boolean;
  addressee: string;
  office: string;
  date: string;
  docx: boolean;
  xlsx: boolean;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Today as yyyy-mm-dd in local time (the memo's 成文日期). */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Every report, the findings the inspector's verdicts call for, one memo, both files. */
export function initialDraft(audit: Audit, now = new Date()): ExportDraft {
  return {
    reportIds: audit.reports.map((r) => r.id),
    scope: defaultScope(audit),
    includeDismissed: false,
    perReport: false,
    round: false,
    addressee: "",
    office: "",
    date: today(now),
    docx: true,
    xlsx: true,
  };
}

/** Why the draft cannot be exported yet, or null. */
export function draftProblem(d: ExportDraft): string | null {
  if (!d.reportIds.length) return "请至少选择一份报告";
  if (!d.docx && !d.xlsx) return "请至少选择一种导出文件";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) return "请填写成文日期";
  return null;
}

export const toRequest = (d: ExportDraft): ExportRequest => ({ ...d });

/** The memos the export will write, from the same shared/memo code as the host. */
export function previewMemos(audit: Audit, d: ExportDraft): Memo[] {
  if (draftProblem({ ...d, docx: true })) return [];
  return buildMemos(audit, d);
}

export function toggle(ids: readonly string[], id: string, on: boolean): string[] {
  return on ? [...new Set([...ids, id])] : ids.filter((x) => x !== id);
}
