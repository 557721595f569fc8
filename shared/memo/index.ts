import type { Audit } from "../model/audit.js";
import { reportMemo, setMemo } from "./build.js";
import { memoReports } from "./reports.js";
import { roundMemo } from "./round.js";
import type { Memo, MemoRequest } from "./types.js";

export type * from "./types.js";
export { memoReports, reportName, UNKNOWN_AGENCY } from "./reports.js";
export { cellPlace } from "./place.js";
export { memoText } from "./text.js";
export { titleLines, widthOf } from "./title.js";
export { correctedTables, type TableOut, type TableCellOut } from "./tables.js";
export { STATUS_WORDS } from "./phrases.js";
export { SEVERITY_NAMES as SEVERITY_WORDS } from "../messages/labels.js";

/** The memos of an export: one for the set, or one per report (in the report list's order). */
export function buildMemos(audit: Audit, req: MemoRequest): Memo[] {
  if (req.round)
    return audit.reports
      .filter((r) => r.round && (!req.reportIds || req.reportIds.includes(r.id)))
      .flatMap((r) => roundMemo(audit, r, req) ?? []);
  const reports = memoReports(audit, req.reportIds, req.scope);
  if (!reports.length) return [];
  if (req.perReport || reports.length === 1) return reports.map((r) => reportMemo(r, req));
  return [setMemo(reports, req)];
}

/** Whether the inspector judged any finding; with none, open errors and warnings count. */
export function defaultScope(audit: Audit): MemoRequest["scope"] {
  return audit.reports.some((r) => Object.keys(r.verdicts).length > 0) ? "confirmed" : "open";
}
