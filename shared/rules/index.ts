import type { Finding, Severity } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { RULE_CATALOG } from "./catalog/index.js";
import { runRules } from "./engine.js";
import type { CheckOptions } from "./engine.js";

export { RULE_CATALOG, RULES_VERSION } from "./catalog/index.js";
export { parseRulePack } from "./pack.js";
export { yearPairs, type YearPair } from "./pairs.js";
export { OCR_THRESHOLD } from "./catalog/scan.js";
export type { PackError, PackErrorCode, RuleOverride, RulePack } from "./pack.js";
export type { CheckOptions } from "./engine.js";
export type { RuleInstance } from "./types.js";

/** Every finding of one report; the rules across reports (Y01–Y03) compare it with `set`. */
export function checkReport(
  report: Report,
  options: CheckOptions = {},
  set: readonly Report[] = [],
): Finding[] {
  return runRules(report, options, set);
}

/** Findings per report, with the rules across the reports of an audit (Y01–Y03). */
export function checkSet(reports: readonly Report[], options: CheckOptions = {}): Finding[][] {
  return reports.map((r) => runRules(r, options, reports));
}

export interface RuleInfo {
  id: string;
  severity: Severity;
  name: string;
  description: string;
}

/** The catalog for the CLI's `rules` command. */
export function listRules(): RuleInfo[] {
  return RULE_CATALOG.map(({ id, severity, name, description }) => ({
    id,
    severity,
    name,
    description,
  }));
}
