import { UNKNOWN_AGENCY, type MemoReport } from "../../../shared/memo/index.js";

/** The chosen reports whose errors and warnings are not all judged: the memo leaves them out. */
export function unjudgedReports(reports: readonly MemoReport[], ids: readonly string[]) {
  return reports.filter((r) => r.unjudged > 0 && ids.includes(r.id));
}

/** 洪泽区人民政府 2023：2个 — one line per report, for the question before the export. */
export function unjudgedLines(reports: readonly MemoReport[]): string[] {
  return reports.map(
    (r) =>
      `${r.agency || UNKNOWN_AGENCY}${r.year === null ? "" : ` ${r.year}年`}：${r.unjudged}个未判定`,
  );
}
