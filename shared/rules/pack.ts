import type { Severity } from "../model/finding.js";
import { RULE_CATALOG } from "./catalog/index.js";
import { KINDS } from "./registry.js";
import type { PlaceTier, PlaceTiers, RuleOverride, RulePack } from "../model/rule-pack.js";

export type { RuleOverride, RulePack } from "../model/rule-pack.js";

/** Stable codes of what can be wrong in a rule pack, each entry's path and message beside. */
export type PackErrorCode =
  | "PACK_NOT_OBJECT"
  | "PACK_UNKNOWN_FIELD"
  | "PACK_BAD_TOLERANCE"
  | "PACK_BAD_PLACE"
  | "PACK_UNKNOWN_RULE"
  | "PACK_BAD_VALUE"
  | "PACK_BAD_PARAMS";

export interface PackError {
  code: PackErrorCode;
  path: string;
  message: string;
}

const SEVERITIES: readonly string[] = ["error", "warning", "info"];
const TOP_KEYS = new Set(["rules", "amountTolerance", "places", "name", "description", "version"]);
const TIERS: readonly string[] = ["province", "city", "county", "township", "zone"];

function parsePlaces(v: unknown, errors: PackError[]): PlaceTiers | undefined {
  if (!isObject(v)) {
    errors.push({
      code: "PACK_BAD_PLACE",
      path: "places",
      message: '应为对象，如 {"昆山市": "county"}',
    });
    return undefined;
  }
  const out: Record<string, PlaceTier> = {};
  for (const [name, tier] of Object.entries(v)) {
    if (name.trim() && typeof tier === "string" && TIERS.includes(tier))
      out[name.trim()] = tier as PlaceTier;
    else
      errors.push({
        code: "PACK_BAD_PLACE",
        path: `places.${name}`,
        message: "应为 province、city、county、township 或 zone 之一",
      });
  }
  return Object.keys(out).length ? out : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parseOverride(id: string, entry: unknown, errors: PackError[]): RuleOverride {
  const at = `rules.${id}`;
  const rule = RULE_CATALOG.find((r) => r.id === id);
  if (!rule || !isObject(entry)) {
    errors.push(
      rule
        ? { code: "PACK_BAD_VALUE", path: at, message: "应为对象" }
        : { code: "PACK_UNKNOWN_RULE", path: at, message: `未知规则「${id}」` },
    );
    return {};
  }
  const out: RuleOverride = {};
  for (const [key, v] of Object.entries(entry)) {
    const path = `${at}.${key}`;
    if (key === "enabled") {
      if (typeof v === "boolean") out.enabled = v;
      else errors.push({ code: "PACK_BAD_VALUE", path, message: "应为 true 或 false" });
    } else if (key === "severity") {
      if (typeof v === "string" && SEVERITIES.includes(v)) out.severity = v as Severity;
      else
        errors.push({ code: "PACK_BAD_VALUE", path, message: "应为 error、warning 或 info 之一" });
    } else if (key === "params") {
      if (!isObject(v)) {
        errors.push({ code: "PACK_BAD_PARAMS", path, message: "应为对象" });
        continue;
      }
      const bound = KINDS.get(rule.kind)?.bind({ ...rule.params, ...v });
      if (bound?.ok) out.params = v;
      else
        for (const issue of bound?.issues ?? []) {
          const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
          const sub = [...issue.path.map(String), ...keys.slice(0, 1)];
          errors.push({
            code: "PACK_BAD_PARAMS",
            path: [path, ...sub].join("."),
            message: issue.message,
          });
        }
    } else
      errors.push({
        code: "PACK_UNKNOWN_FIELD",
        path,
        message: "未知字段（可用 enabled、severity、params）",
      });
  }
  return out;
}

/** Reads a rule pack; invalid entries are reported with their path and skipped, the rest apply. */
export function parseRulePack(json: unknown): { pack: RulePack; errors: PackError[] } {
  const errors: PackError[] = [];
  const pack: RulePack = { rules: {} };
  if (!isObject(json))
    return {
      pack,
      errors: [{ code: "PACK_NOT_OBJECT", path: "", message: "规则包应为 JSON 对象" }],
    };
  for (const key of Object.keys(json))
    if (!TOP_KEYS.has(key))
      errors.push({
        code: "PACK_UNKNOWN_FIELD",
        path: key,
        message: "未知字段（可用 rules、amountTolerance、places）",
      });
  const tol = json.amountTolerance;
  if (tol !== undefined) {
    if (typeof tol === "number" && tol >= 0 && Number.isFinite(tol)) pack.amountTolerance = tol;
    else
      errors.push({
        code: "PACK_BAD_TOLERANCE",
        path: "amountTolerance",
        message: "应为不小于0的数字",
      });
  }
  if (json.places !== undefined) {
    const places = parsePlaces(json.places, errors);
    if (places) pack.places = places;
  }
  if (json.rules === undefined) return { pack, errors };
  if (!isObject(json.rules))
    return {
      pack,
      errors: [...errors, { code: "PACK_NOT_OBJECT", path: "rules", message: "应为对象" }],
    };
  for (const [id, entry] of Object.entries(json.rules)) {
    const o = parseOverride(id, entry, errors);
    if (Object.keys(o).length) pack.rules[id] = o;
  }
  return { pack, errors };
}
