import type { Finding, Severity } from "../model/finding.js";
import type { Level, Report } from "../model/report.js";
import { RULE_CATALOG } from "./catalog.js";
import { cellSpans } from "./kit/text.js";
import type { RulePack } from "./pack.js";
import { KINDS } from "./registry.js";
import type { BoundCheck, FindingDraft, RuleContext } from "./types.js";

export interface CheckOptions {
  pack?: RulePack;
  /** The inspector's level of the issuing body; overrides report.level (D01, D03). */
  level?: Level;
}

interface ActiveRule {
  id: string;
  severity: Severity;
  run: BoundCheck;
}

const DEFAULT_TOLERANCE = 0.01;
const compiled = new WeakMap<RulePack, ActiveRule[]>();
const EMPTY_PACK: RulePack = { rules: {} };

/** The catalog with a pack applied: enabled rules, their severity and bound params. */
function activeRules(pack: RulePack): ActiveRule[] {
  const hit = compiled.get(pack);
  if (hit) return hit;
  const rules: ActiveRule[] = [];
  for (const rule of RULE_CATALOG) {
    const o = pack.rules[rule.id] ?? {};
    if (o.enabled === false) continue;
    const kind = KINDS.get(rule.kind);
    if (!kind) throw new Error(`rule ${rule.id}: unknown kind ${rule.kind}`);
    const bound = kind.bind({ ...rule.params, ...o.params });
    if (!bound.ok) throw new Error(`rule ${rule.id}: invalid params (use parseRulePack)`);
    rules.push({ id: rule.id, severity: o.severity ?? rule.severity, run: bound.run });
  }
  compiled.set(pack, rules);
  return rules;
}

/** Arithmetic findings list first the cell that takes part in most failing identities. */
function blameFirst(findings: Finding[], drafts: FindingDraft[]): void {
  const count = new Map<string, number>();
  drafts.forEach((d) => d.blame && d.cells.forEach((c) => count.set(c, (count.get(c) ?? 0) + 1)));
  findings.forEach((f, i) => {
    if (drafts[i]?.blame && f.cells.length > 1)
      f.cells.sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0));
  });
}

export function runRules(report: Report, options: CheckOptions, set: readonly Report[]): Finding[] {
  const findings: Finding[] = [];
  const drafts: FindingDraft[] = [];
  const pack = options.pack ?? EMPTY_PACK;
  const ctx: RuleContext = {
    level: options.level ?? report.level,
    amountTolerance: pack.amountTolerance ?? DEFAULT_TOLERANCE,
    set,
  };
  for (const rule of activeRules(pack)) {
    for (const d of rule.run(report, ctx)) {
      drafts.push(d);
      findings.push({
        rule: rule.id,
        severity: d.severity ?? rule.severity,
        code: d.code,
        params: d.params,
        cells: [...d.cells],
        spans: d.spans ?? cellSpans(report, d.cells),
      });
    }
  }
  blameFirst(findings, drafts);
  return findings;
}
