import type { Audit, AuditReport, Remark } from "../model/audit.js";
import { auditFindings } from "../audit/findings.js";
import { evidenceChanges } from "../model/evidence.js";
import type { Report } from "../model/report.js";
import { findingKey, type Finding, type Severity } from "../model/finding.js";
import type { CheckedReport } from "../audit/findings.js";
import { renderMessage } from "../messages/zh-CN.js";
import { RULE_CATALOG } from "../rules/index.js";
import { checkedText } from "./phrases.js";
import { readerCheck } from "./groups.js";
import { dateName } from "../messages/labels.js";
import { cellPlace, correctionText, findingPlace } from "./place.js";
import type { FindingScope, MemoFinding, MemoReport, MemoStatus } from "./types.js";

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Said where the issuing body was not read: a file name never stands in for it. */
export const UNKNOWN_AGENCY = "（发布机关未识别）";
export const UNKNOWN_ADDRESSEE = "（主送机关未识别）";

/** 紫阳县人民政府2020年政府信息公开工作年度报告. */
export function reportName(agency: string, year: number | null): string {
  return `${agency || UNKNOWN_AGENCY}${year === null ? "" : `${year}年`}政府信息公开工作年度报告`;
}

function remarkText(r: Remark, template: string | null): string {
  const t = r.target;
  if (t.kind === "cell") return `${cellPlace(t.cell, template)}：${r.text}`;
  if (t.kind === "text") {
    const quote = t.quote.length > 40 ? `${t.quote.slice(0, 40)}…` : t.quote;
    return `原文「${quote}」：${r.text}`;
  }
  return r.text;
}

function memoFinding(f: Finding, a: AuditReport, scope: FindingScope, r: Report): MemoFinding {
  const key = findingKey(f);
  const v = a.verdicts[key];
  const stale = v ? evidenceChanges(v, f, r) !== null : false;
  const status: MemoStatus = v && !stale ? v.status : "open";
  const countsOpen = scope === "open" && f.severity !== "info";
  return {
    key,
    rule: f.rule,
    severity: f.severity,
    status,
    stale,
    verdict: v?.status ?? null,
    stated: !readerCheck(f.rule) && (status === "confirmed" || (status === "open" && countsOpen)),
    message: renderMessage(f),
    place: findingPlace(f.cells, a.report.cells, a.corrections, a.report.template),
    cells: [...f.cells],
    note: v?.note ?? "",
    by: v?.by ?? "",
    at: v?.at ?? "",
  };
}

const judgesOf = (list: readonly MemoFinding[]) => [
  ...new Set(list.filter((f) => f.verdict && f.by).map((f) => f.by)),
];

/** Who judged the findings (the preparer) and who signed the report off (the reviewer). */
function peopleText(a: AuditReport, list: readonly MemoFinding[]): string {
  const judges = judgesOf(list);
  const parts = [];
  if (judges.length) parts.push(`审核人员：${judges.join("、")}`);
  if (a.review) parts.push(`复核人员：${a.review.by}（${dateName(a.review.at.slice(0, 10))}复核）`);
  return parts.length ? `${parts.join("；")}。` : "";
}

function memoReport(
  a: AuditReport,
  { report: r, findings }: CheckedReport,
  scope: FindingScope,
  rules: number,
): MemoReport {
  const list = findings
    .map((f) => memoFinding(f, a, scope, r))
    .sort((x, y) => ORDER[x.severity] - ORDER[y.severity]);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of list) counts[f.severity]++;
  const stated = list.filter((f) => f.stated).length;
  const unjudged = list.filter(
    (f) => f.status === "open" && !f.stated && f.severity !== "info",
  ).length;
  const conclusion = unjudged ? "未审完" : stated ? "需整改" : "通过";
  const template = a.report.template;
  return {
    id: a.id,
    fileName: a.fileName,
    agency: r.agency,
    year: r.year,
    name: reportName(r.agency, r.year),
    checked: checkedText(a, r, rules),
    findings: list,
    counts,
    stated,
    dismissed: list.filter((f) => f.status === "dismissed").length,
    misread: list.filter((f) => f.status === "misread").length,
    open: list.filter((f) => f.status === "open").length,
    unjudged,
    conclusion,
    passed: conclusion === "通过",
    corrections: Object.entries(a.corrections).map(([cell, fix]) => ({
      cell,
      text: correctionText(cell, fix, a.report.cells[cell], template),
    })),
    remarks: a.remarks.map((m) => remarkText(m, template)),
    template,
    sha256: a.sha256,
    people: peopleText(a, list),
    judges: judgesOf(list),
    reviewer: a.review?.by ?? "",
  };
}

/**
 * The chosen reports as the memo states them, with the findings the workbench shows (every
 * report of the audit as corrected, under its rule pack).
 */
export function memoReports(
  audit: Pick<Audit, "reports" | "rules">,
  chosen: readonly string[] | null,
  scope: FindingScope,
): MemoReport[] {
  const checked = auditFindings(audit);
  const want = chosen ? new Set(chosen) : null;
  const rules = RULE_CATALOG.filter((r) => audit.rules?.rules[r.id]?.enabled !== false).length;
  return audit.reports
    .flatMap((a, i) => {
      const c = checked[i];
      return !c || (want && !want.has(a.id)) ? [] : [memoReport(a, c, scope, rules)];
    })
    .sort((x, y) => x.agency.localeCompare(y.agency, "zh-CN") || (x.year ?? 0) - (y.year ?? 0));
}
