import type { Audit } from "../model/audit.js";
import {
  MAX_PACK_CHARS,
  RULE_PACK_ERRORS,
  type RulePack,
  type RulePackErrorCode,
  type RulePackProblem,
  type SavedRulePack,
} from "../model/rule-pack.js";
import { parseRulePack } from "../rules/pack.js";

/** The problem of this code, with the invalid entries if any. */
export function packProblem(
  code: RulePackErrorCode,
  errors: RulePackProblem["errors"] = [],
): RulePackProblem {
  return { code, message: RULE_PACK_ERRORS[code], errors };
}

const problem = (code: RulePackErrorCode, errors: RulePackProblem["errors"] = []) => ({
  problem: packProblem(code, errors),
});

/**
 * The pack in a rule pack file's text, or why it cannot be put in force. All or nothing: a pack
 * with an invalid entry is refused whole, as an audit must not run under half a pack unnoticed.
 */
export function readRulePack(text: string): { pack: RulePack } | { problem: RulePackProblem } {
  if (text.length > MAX_PACK_CHARS) return problem("RULE_PACK_TOO_LARGE");
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return problem("RULE_PACK_NOT_JSON");
  }
  const { pack, errors } = parseRulePack(json);
  return errors.length ? problem("RULE_PACK_INVALID", errors) : { pack };
}

/**
 * The pack an audit is checked under, from the one saved with it: none saved, the catalog as
 * bundled; one this version no longer accepts, the catalog too, and the problem to say so.
 */
export function packInForce(saved: SavedRulePack | undefined): {
  rules?: RulePack;
  problem?: RulePackProblem;
} {
  if (!saved) return {};
  const read = readRulePack(saved.text);
  if ("pack" in read) return { rules: read.pack };
  const { code, message, errors } = read.problem;
  // Its invalid entries, or why it could not be read at all.
  const why = code === "RULE_PACK_INVALID" ? errors : [{ code, path: "", message }];
  return problem("RULE_PACK_STALE", why);
}

/** What a pack changes, for the inspector and the workbook's 生成信息. */
export interface PackSummary {
  /** Rules the pack turns off. */
  disabled: string[];
  /** Rules it keeps on with another severity or other params. */
  adjusted: string[];
  /** Places given a tier by hand (D01, D03). */
  places: number;
  amountTolerance: number | null;
}

export function packSummary(pack: RulePack): PackSummary {
  const entries = Object.entries(pack.rules);
  return {
    disabled: entries.filter(([, o]) => o.enabled === false).map(([id]) => id),
    adjusted: entries
      .filter(([, o]) => o.enabled !== false && (o.severity !== undefined || o.params))
      .map(([id]) => id),
    places: Object.keys(pack.places ?? {}).length,
    amountTolerance: pack.amountTolerance ?? null,
  };
}

/** The `name` a pack gives itself, if any. */
export function packName(text: string): string | null {
  try {
    const name = (JSON.parse(text.replace(/^\uFEFF/, "")) as { name?: unknown }).name;
    return typeof name === "string" && name.trim() ? name.trim().slice(0, 100) : null;
  } catch {
    return null;
  }
}

/** One sentence of what a pack changes, e.g. 停用 D02；调整 A05、D06；指定层级 2 处. */
export function packChanges(s: PackSummary): string {
  const parts = [
    s.disabled.length ? `停用 ${s.disabled.join("、")}` : "",
    s.adjusted.length ? `调整 ${s.adjusted.join("、")}` : "",
    s.places ? `指定层级 ${s.places} 处` : "",
    s.amountTolerance !== null ? `金额容差 ${s.amountTolerance} 万元` : "",
  ].filter(Boolean);
  return parts.length ? parts.join("；") : "未改动任何规则";
}

/** The rule pack line of the workbook's 生成信息: with it, `nianbao check` finds the same. */
export function packStamp(audit: Pick<Audit, "rulePack" | "rules">): string {
  const saved = audit.rulePack;
  if (!audit.rules)
    return saved
      ? `规则包：${saved.fileName}（已不被本版本接受，按规则目录的默认设置审核）`
      : "规则包：无（按规则目录的默认设置审核）";
  const name = saved ? packName(saved.text) : null;
  const file = saved ? `${saved.fileName}${name ? `「${name}」` : ""}` : "（未记录文件）";
  return `规则包：${file}，${packChanges(packSummary(audit.rules))}`;
}
