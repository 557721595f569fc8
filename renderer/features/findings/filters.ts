import type { Verdict } from "../../../shared/model/audit.js";
import { findingKey, type Finding } from "../../../shared/model/finding.js";
import { RULE_CATALOG } from "../../../shared/rules/index.js";
import type { FindingFilter } from "../../app/state.js";

export function visibleFindings(
  findings: readonly Finding[],
  filter: FindingFilter,
  verdicts: Record<string, Verdict>,
): Finding[] {
  return findings.filter(
    (f) =>
      filter.severities.includes(f.severity) &&
      (filter.rule === null || f.rule === filter.rule) &&
      !(filter.open && verdicts[findingKey(f)]),
  );
}

export interface RuleOption {
  rule: string;
  name: string;
  n: number;
}

const NAMES = new Map(RULE_CATALOG.map((r) => [r.id, r.name]));

/** The rules present among the findings, in catalog order, with how many each. */
export function ruleOptions(findings: readonly Finding[]): RuleOption[] {
  const n = new Map<string, number>();
  for (const f of findings) n.set(f.rule, (n.get(f.rule) ?? 0) + 1);
  const order = RULE_CATALOG.map((r) => r.id);
  return [...n.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b) || a.localeCompare(b))
    .map(([rule, count]) => ({ rule, name: NAMES.get(rule) ?? "", n: count }));
}

export function ruleName(rule: string): string {
  return NAMES.get(rule) ?? "";
}

/** The key after (dir 1) or before (dir -1) the current one, wrapping; the first when none is current. */
export function stepKey(
  keys: readonly string[],
  current: string | null,
  dir: 1 | -1,
): string | null {
  if (!keys.length) return null;
  const i = current === null ? -1 : keys.indexOf(current);
  if (i < 0) return (dir === 1 ? keys[0] : keys[keys.length - 1]) ?? null;
  return keys[(i + dir + keys.length) % keys.length] ?? null;
}
