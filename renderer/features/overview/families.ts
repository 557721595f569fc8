import type { Severity } from "../../../shared/model/finding.js";
import type { ReportChecks } from "../../app/checks.js";

export const FAMILIES = [
  { id: "S", name: "结构与模板" },
  { id: "C", name: "单元格内容" },
  { id: "A", name: "勾稽关系" },
  { id: "D", name: "合规要求" },
  { id: "N", name: "正文与表格" },
  { id: "Y", name: "跨报告比对" },
] as const;

export interface FamilyCount {
  id: string;
  name: string;
  bySeverity: Record<Severity, number>;
  findings: number;
  /** Reports with at least one finding of the family. */
  reports: number;
}

/** Findings of the whole set per rule family (the letter of the rule id), most first. */
export function familyCounts(checks: Iterable<ReportChecks>): FamilyCount[] {
  const out = FAMILIES.map(
    (f): FamilyCount => ({
      ...f,
      bySeverity: { error: 0, warning: 0, info: 0 },
      findings: 0,
      reports: 0,
    }),
  );
  for (const c of checks) {
    const hit = new Set<FamilyCount>();
    for (const f of c.findings) {
      const fam = out.find((x) => x.id === f.rule[0]);
      if (!fam) continue;
      fam.bySeverity[f.severity]++;
      fam.findings++;
      hit.add(fam);
    }
    hit.forEach((fam) => fam.reports++);
  }
  return out.sort((a, b) => b.findings - a.findings);
}
