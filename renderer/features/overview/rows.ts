import type { AuditReport } from "../../../shared/model/audit.js";
import { effectiveReport } from "../../../shared/audit/index.js";
import type { Finding } from "../../../shared/model/finding.js";
import { LEVEL_NAMES, templateShortName } from "../../../shared/messages/index.js";
import type { ReportChecks } from "../../app/checks.js";

export type { Deadline, OverviewRow } from "../grid/set-rows.js";
export { DEADLINE_NAMES } from "../grid/set-rows.js";
import type { Deadline, OverviewRow } from "../grid/set-rows.js";

/** D03 decides: a late date or no date; a report with a year and neither met the deadline. */
export function deadlineOf(year: number | null, findings: readonly Finding[]): Deadline {
  const d03 = findings.find((f) => f.rule === "D03");
  if (d03?.code === "deadline_late") return "late";
  if (d03?.code === "deadline_no_date") return "no-date";
  return year === null ? "unknown" : "met";
}

export function overviewRows(
  reports: readonly AuditReport[],
  checks: ReadonlyMap<string, ReportChecks>,
): OverviewRow[] {
  return reports.map((a) => {
    const r = effectiveReport(a);
    const c = checks.get(a.id);
    const findings = c?.findings ?? [];
    return {
      id: a.id,
      agency: r.agency || "（未识别发布机关）",
      level: LEVEL_NAMES[r.level],
      year: r.year,
      template: r.template ? templateShortName(r.template) : "—",
      published: r.published ?? "",
      deadline: deadlineOf(r.year, findings),
      errors: c?.counts.error ?? 0,
      warnings: c?.counts.warning ?? 0,
      infos: c?.counts.info ?? 0,
      reviewed: c?.reviewed ?? 0,
      findings: findings.length,
      fileName: a.fileName,
    };
  });
}
