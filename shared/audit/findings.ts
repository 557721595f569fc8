import type { Evidence } from "../model/audit.js";
import { evidenceOf } from "../model/evidence.js";
import { findingKey, type Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";
import type { RulePack } from "../model/rule-pack.js";
import { checkSet } from "../rules/index.js";
import { effectiveReport, type Checkable } from "./effective.js";

/** The reports of an audit, and the rule pack it is checked under. */
export interface CheckedAudit {
  reports: readonly Checkable[];
  rules?: RulePack;
}

/** One report as the rules saw it, and what they found. Shared: callers must not mutate it. */
export interface CheckedReport {
  report: Report;
  findings: readonly Finding[];
}

const KEEP = 4;
let recent: { inputs: readonly unknown[]; out: readonly CheckedReport[] }[] = [];

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The findings of every report of an audit, in its order: each report as corrected by the
 * inspector, checked as one set (Y01–Y03 compare across it) under the audit's rule pack. The
 * only place the rules are run over an audit: every view, the memo, the workbook, the command
 * line and a verdict's evidence read from here. Remembers the last few audits it was asked.
 */
export function auditFindings(audit: CheckedAudit): readonly CheckedReport[] {
  const reports = audit.reports.map(effectiveReport);
  const inputs = [audit.rules, ...reports];
  const hit = recent.find((e) => same(e.inputs, inputs));
  if (hit) return hit.out;
  const found = checkSet(reports, audit.rules ? { pack: audit.rules } : {});
  const out = reports.map((report, i) => ({ report, findings: found[i] ?? [] }));
  recent = [{ inputs, out }, ...recent].slice(0, KEEP);
  return out;
}

const NO_CORRECTIONS = {};

/** The findings of the reports as printed (metadata set): what the corrections resolved. */
export function printedFindings(audit: CheckedAudit): readonly CheckedReport[] {
  const reports = audit.reports.map((r) => ({ ...r, corrections: NO_CORRECTIONS }));
  return auditFindings({ reports, rules: audit.rules });
}

/** What a verdict on the report's finding with this key judges, if the finding fires now. */
export function evidenceNow(audit: CheckedAudit, index: number, key: string): Evidence | undefined {
  const checked = auditFindings(audit)[index];
  const f = checked?.findings.find((x) => findingKey(x) === key);
  return f && checked ? evidenceOf(f, checked.report) : undefined;
}
