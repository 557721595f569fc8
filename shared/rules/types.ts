import { z } from "zod";
import type { ParamValue, Severity } from "../model/finding.js";
import type { Level, Report, Span } from "../model/report.js";

/** What a kind returns; the engine adds rule id and severity, and spans from the cells. */
export interface FindingDraft {
  code: string;
  params: Record<string, ParamValue>;
  cells: string[];
  /** Text ranges; when absent the engine uses the spans of `cells`. */
  spans?: Span[];
  /** Overrides the rule's severity (e.g. info when the level is unknown). */
  severity?: Severity;
  /** An arithmetic identity: its cells are ordered by how many failing identities share them. */
  blame?: boolean;
}

export interface RuleContext {
  /** The inspector's level, else the report's. */
  level: Level;
  /** Tolerance for amounts in 万元. */
  amountTolerance: number;
  /** Every report of the audit (for the Y rules); empty when checking one report. */
  set: readonly Report[];
}

/** A kind as written in kinds/: a params schema and a pure check. */
export interface KindSpec<S extends z.ZodType> {
  kind: string;
  params: S;
  /** Reads the other reports of the audit (ctx.set): re-run whenever the set changes. */
  acrossReports?: boolean;
  check(report: Report, params: z.output<S>, ctx: RuleContext): FindingDraft[];
}

export type BoundCheck = (report: Report, ctx: RuleContext) => FindingDraft[];

export type BindResult =
  | { ok: true; params: unknown; run: BoundCheck }
  | { ok: false; issues: readonly z.core.$ZodIssue[] };

/** A kind with its parameter type erased, as the registry holds it. */
export interface RuleKind {
  kind: string;
  params: z.ZodType;
  acrossReports: boolean;
  bind(raw: unknown): BindResult;
}

const ZH = z.locales.zhCN().localeError;

export function defineKind<S extends z.ZodType>(spec: KindSpec<S>): RuleKind {
  return {
    kind: spec.kind,
    params: spec.params,
    acrossReports: spec.acrossReports ?? false,
    bind(raw) {
      const r = spec.params.safeParse(raw, { error: ZH });
      if (!r.success) return { ok: false, issues: r.error.issues };
      const p = r.data;
      return { ok: true, params: p, run: (report, ctx) => spec.check(report, p, ctx) };
    },
  };
}

/** A rule instance of the catalog: plain data. */
export interface RuleInstance {
  id: string;
  kind: string;
  severity: Severity;
  name: string;
  description: string;
  params: Readonly<Record<string, unknown>>;
}
