import type { RemarkTarget } from "../../../shared/model/audit.js";
import { cellName } from "../../../shared/messages/index.js";

/** Where a remark points, in words: 整份报告, a cell by its template labels, or the quoted passage. */
export function targetLabel(t: RemarkTarget, template?: string): string {
  if (t.kind === "report") return "整份报告";
  if (t.kind === "cell") return `单元格 ${cellName(t.cell, template)}`;
  const q = t.quote.replace(/\s+/g, " ").trim();
  return `原文「${q.length > 40 ? `${q.slice(0, 40)}…` : q}」`;
}
