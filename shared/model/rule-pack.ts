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
  /**
   * Places whose tier their name does not tell, e.g. {"昆山市": "county"} for a 县级市, or
   * {"苏州工业园区": "county"} for a zone run as a county; the level of a report is inferred
   * again from its issuing body with them (D01, D03).
   */
  places?: PlaceTiers;
}

/** How high a place stands, when its name alone does not tell (a 县级市, a 开发区 run as a county). */
export type PlaceTier = "province" | "city" | "county" | "township" | "zone";
export type PlaceTiers = Readonly<Record<string, PlaceTier>>;
