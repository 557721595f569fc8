import type { AuditReport, Correction } from "../../shared/model/audit.js";
import type { Report } from "../../shared/model/report.js";
import { effectiveReport, findingKey } from "../../shared/model/effective.js";
import type { Finding, Severity } from "../../shared/model/finding.js";
import { checkSet } from "../../shared/rules/index.js";
import { evidenceChanges, type EvidenceChange } from "../../shared/model/evidence.js";

export interface ReportChecks {
  /** Findings on the report as corrected by the inspector. */
  findings: Finding[];
  /** Findings of the printed report that the inspector's corrections resolved. */
  resolved: Finding[];
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

const NO_CORRECTIONS: Record<string, Correction> = {};
const effective = new WeakMap<Report, { key: unknown[]; report: Report }[]>();

/**
 * The report the rules see, the same object while its printed report, corrections and metadata
 * are: the engine then reuses its findings of the rules about that report alone.
 */
function stableReport(a: AuditReport, given = a.corrections): Report {
  const corrections = Object.keys(given).length ? given : NO_CORRECTIONS;
  const key = [corrections, a.meta];
  const list = effective.get(a.report) ?? [];
  const hit = list.find((e) => e.key.every((k, i) => k === key[i]));
  if (hit) return hit.report;
  const report = effectiveReport({ ...a, corrections });
  // The corrected and the printed report: two entries are enough.
  effective.set(a.report, [{ key, report }, ...list].slice(0, 2));
  return report;
}

/**
 * The rules over every report of the audit, as the inspector's corrections and metadata make
 * them (Y01–Y03 need the whole set), re-run in the renderer on each change.
 */
export function checkAudit(reports: readonly AuditReport[]): Map<string, ReportChecks> {
  const effective = reports.map((r) => stableReport(r));
  const current = checkSet(effective);
  const anyCorrected = reports.some((r) => Object.keys(r.corrections).length > 0);
  const printed = anyCorrected ? checkPrinted(reports) : null;
  const out = new Map<string, ReportChecks>();
  reports.forEach((r, i) => {
    const findings = [...(current[i] ?? [])].sort(bySeverity);
    const keys = new Set(findings.map(findingKey));
    const resolved = Object.keys(r.corrections).length
      ? (printed?.[i] ?? []).filter((f) => !keys.has(findingKey(f)))
      : [];
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of findings) counts[f.severity]++;
    const stale = new Map<string, { cells: EvidenceChange[]; params: boolean }>();
    let reviewed = 0;
    let misread = 0;
    for (const f of findings) {
      const key = findingKey(f);
      const v = r.verdicts[key];
      if (!v) continue;
      const changed = evidenceChanges(v, f, effective[i] as Report);
      if (changed) stale.set(key, changed);
      else reviewed++;
      if (v.status === "misread") misread++;
    }
    out.set(r.id, { findings, resolved, counts, reviewed, stale, misread });
  });
  return out;
}

let lastPrinted: { inputs: unknown[]; findings: Finding[][] } | null = null;

/** The findings of the reports as printed (with metadata set); a correction does not change them. */
function checkPrinted(reports: readonly AuditReport[]): Finding[][] {
  const inputs = reports.flatMap((r) => [r.report, r.meta.agency, r.meta.level, r.meta.year]);
  const last = lastPrinted;
  if (last && last.inputs.length === inputs.length && last.inputs.every((x, i) => x === inputs[i]))
    return last.findings;
  const findings = checkSet(reports.map((r) => stableReport(r, NO_CORRECTIONS)));
  lastPrinted = { inputs, findings };
  return findings;
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
