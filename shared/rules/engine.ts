import type { Finding, Severity } from "../model/finding.js";
import type { Level, Report } from "../model/report.js";
import { inferLevel } from "../agency/level.js";
import { RULE_CATALOG } from "./catalog/index.js";
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
  acrossReports: boolean;
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
    rules.push({
      id: rule.id,
      severity: o.severity ?? rule.severity,
      run: bound.run,
      acrossReports: kind.acrossReports,
    });
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

function run(
  report: Report,
  rules: readonly ActiveRule[],
  ctx: RuleContext,
): { findings: Finding[]; drafts: FindingDraft[] } {
  const findings: Finding[] = [];
  const drafts: FindingDraft[] = [];
  for (const rule of rules) {
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
  return { findings, drafts };
}

// The findings of the rules about one report alone, per report object, pack and level: a report
// whose neighbours in the audit changed is not checked again, only the rules across reports.
// Reports are data that is replaced, never changed in place (a changed report is a new object).
const own = new WeakMap<Report, WeakMap<RulePack, Map<Level, Finding[]>>>();

function ownFindings(report: Report, rules: ActiveRule[], pack: RulePack, ctx: RuleContext) {
  let byPack = own.get(report);
  if (!byPack) own.set(report, (byPack = new WeakMap()));
  let byLevel = byPack.get(pack);
  if (!byLevel) byPack.set(pack, (byLevel = new Map()));
  const hit = byLevel.get(ctx.level);
  if (hit) return hit;
  const { findings, drafts } = run(
    report,
    rules.filter((r) => !r.acrossReports),
    ctx,
  );
  blameFirst(findings, drafts);
  byLevel.set(ctx.level, findings);
  return findings;
}

/** The level the rules use: the inspector's, else the one the pack's places give, else the report's. */
function levelOf(report: Report, options: CheckOptions, pack: RulePack): Level {
  if (options.level) return options.level;
  if (!pack.places) return report.level;
  const withPlaces = inferLevel(report.agency, pack.places);
  return withPlaces === inferLevel(report.agency) ? report.level : withPlaces;
}

/** The findings of one report; the rules across reports see `set`. Callers must not mutate them. */
export function runRules(report: Report, options: CheckOptions, set: readonly Report[]): Finding[] {
  const pack = options.pack ?? EMPTY_PACK;
  const ctx: RuleContext = {
    level: levelOf(report, options, pack),
    amountTolerance: pack.amountTolerance ?? DEFAULT_TOLERANCE,
    set,
  };
  const rules = activeRules(pack);
  const across = run(
    report,
    rules.filter((r) => r.acrossReports),
    ctx,
  );
  return [...ownFindings(report, rules, pack, ctx), ...across.findings];
}
