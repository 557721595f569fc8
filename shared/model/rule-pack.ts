import type { Severity } from "./finding.js";

/** An inspector's adjustments to the catalog, e.g. {"rules": {"D02": {"enabled": false}}}. */
export interface RuleOverride {
  enabled?: boolean;
  severity?: Severity;
  /** Merged over the catalog's params, validated with the kind's schema. */
  params?: Record<string, unknown>;
}

export interface RulePack {
  rules: Record<string, RuleOverride>;
  /** Tolerance for amounts in 万元 (default 0.01). */
  amountTolerance?: number;
}
