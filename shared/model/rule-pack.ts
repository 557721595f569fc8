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

/**
 * The rule pack the inspector set for an audit, saved in the audit file as she loaded it: read
 * again each time the audit opens, so a pack the catalog no longer accepts is said, not guessed.
 */
export interface SavedRulePack {
  /** The name of the file it was loaded from. */
  fileName: string;
  /** The pack's JSON text. */
  text: string;
  by: string;
  at: string;
}

/** A rule pack is a few hundred lines of JSON; anything far larger is not one. */
export const MAX_PACK_CHARS = 1_000_000;

/** Why a rule pack was not put in force: a stable code, a sentence, and each invalid entry. */
export const RULE_PACK_ERRORS = {
  RULE_PACK_NOT_JSON: "规则包不是有效的 JSON 文件",
  RULE_PACK_INVALID: "规则包中有无效的设置，请改正后重新载入",
  RULE_PACK_TOO_LARGE: "规则包文件过大（最多 1 MB）",
  RULE_PACK_STALE: "审核文件中保存的规则包已不被本版本的规则目录接受，现按默认规则审核",
} as const;

export type RulePackErrorCode = keyof typeof RULE_PACK_ERRORS;

export interface RulePackProblem {
  code: RulePackErrorCode;
  message: string;
  /** Each invalid entry of the pack (code, path, message). */
  errors: { code: string; path: string; message: string }[];
}
