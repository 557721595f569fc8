import type { Audit } from "../../shared/model/audit.js";
import { findingKey, type Finding, type Severity } from "../../shared/model/finding.js";
import { auditFindings, printedFindings } from "../../shared/audit/index.js";
import { evidenceChanges, type EvidenceChange } from "../../shared/model/evidence.js";
import { clearedByCorrections } from "./resolved.js";
import { checkedInSteps } from "./held.js";

export interface ReportChecks {
  /** Findings on the report as corrected by the inspector. */
  findings: Finding[];
  /** Findings of the printed report that the inspector's corrections resolved. */
  resolved: Finding[];
  /** Findings that remain, narrowed, of one the corrections partly cleared: key → its key. */
  partly: Map<string, string>;
  counts: Record<Severity, number>;
  /** Findings with a verdict whose evidence is unchanged. */
  reviewed: number;
  /** Verdicts whose judged values changed since (证据已变化), by finding key: a fresh look is due. */
  stale: Map<string, { cells: EvidenceChange[]; params: boolean }>;
  /** Findings judged 解析有误 (nianbao misread the cell): counted apart from the report's defects. */
  misread: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function bySeverity(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

/**
 * The findings of every report of the audit as the inspector's corrections and metadata make
 * them, re-read from shared/audit on each change, with what the verdicts make of them.
 */
export function checkAudit(audit: Pick<Audit, "reports" | "rules">): Map<string, ReportChecks> {
  const current = checkedInSteps(audit) ?? auditFindings(audit);
  const anyCorrected = audit.reports.some((r) => Object.keys(r.corrections).length > 0);
  const printed = anyCorrected ? printedFindings(audit) : null;
  const out = new Map<string, ReportChecks>();
  audit.reports.forEach((r, i) => {
    const checked = current[i];
    const findings = [...(checked?.findings ?? [])].sort(bySeverity);
    const { resolved, partly } = Object.keys(r.corrections).length
      ? clearedByCorrections(printed?.[i]?.findings ?? [], findings)
      : { resolved: [], partly: new Map<string, string>() };
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of findings) counts[f.severity]++;
    const stale = new Map<string, { cells: EvidenceChange[]; params: boolean }>();
    let reviewed = 0;
    let misread = 0;
    for (const f of findings) {
      const key = findingKey(f);
      const v = r.verdicts[key];
      if (!v || !checked) continue;
      const changed = evidenceChanges(v, f, checked.report);
      if (changed) stale.set(key, changed);
      else reviewed++;
      if (v.status === "misread") misread++;
    }
    out.set(r.id, { findings, resolved, partly, counts, reviewed, stale, misread });
  });
  return out;
}

/** The worst severity among findings naming each cell, with those findings. */
export function findingsByCell(findings: readonly Finding[]): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings)
    for (const c of f.cells) {
      const list = m.get(c);
      if (list) list.push(f);
      else m.set(c, [f]);
    }
  for (const list of m.values()) list.sort(bySeverity);
  return m;
}
