import type { Audit } from "../../../shared/model/audit.js";
import type { RulePackProblem } from "../../../shared/model/rule-pack.js";
import { packInForce, packName, packSummary } from "../../../shared/audit/index.js";
import { PLACE_TIER_NAMES, SEVERITY_NAMES } from "../../../shared/messages/index.js";
import { RULE_CATALOG } from "../../../shared/rules/index.js";

/** The rules an audit is checked under, as the header and the dialog say it. */
export type PackStatus =
  | { kind: "catalog" }
  | {
      kind: "pack";
      fileName: string;
      name: string | null;
      by: string;
      at: string;
      /** One line per change: 停用 D02 重复数值, D06 级别改为错误, 昆山市 按县级… */
      disabled: string[];
      adjusted: string[];
      places: string[];
      tolerance: number | null;
    }
  /** Saved with the audit, but this version does not accept it: the catalog applies. */
  | { kind: "stale"; fileName: string; problem: RulePackProblem };

const ruleName = (id: string) => RULE_CATALOG.find((r) => r.id === id)?.name ?? "";

export function packStatus(audit: Pick<Audit, "rulePack" | "rules">): PackStatus {
  const saved = audit.rulePack;
  if (!saved) return { kind: "catalog" };
  const { problem } = packInForce(saved);
  if (problem || !audit.rules)
    return {
      kind: "stale",
      fileName: saved.fileName,
      problem: problem ?? { code: "RULE_PACK_STALE", message: "", errors: [] },
    };
  const pack = audit.rules;
  const s = packSummary(pack);
  return {
    kind: "pack",
    fileName: saved.fileName,
    name: packName(saved.text),
    by: saved.by,
    at: saved.at,
    disabled: s.disabled.map((id) => `${id} ${ruleName(id)}`),
    adjusted: s.adjusted.map((id) => {
      const o = pack.rules[id];
      const parts = [
        o?.severity && `级别改为${SEVERITY_NAMES[o.severity]}`,
        o?.params && `参数 ${JSON.stringify(o.params)}`,
      ].filter(Boolean);
      return `${id} ${ruleName(id)}：${parts.join("，")}`;
    }),
    places: Object.entries(pack.places ?? {}).map(([p, t]) => `${p}：${PLACE_TIER_NAMES[t]}`),
    tolerance: s.amountTolerance,
  };
}

/** The header's short word for it. */
export function statusLabel(s: PackStatus): string {
  if (s.kind === "catalog") return "审核规则：默认";
  if (s.kind === "stale") return "规则包未生效";
  const n = s.disabled.length + s.adjusted.length;
  return `规则包：${s.name ?? s.fileName}${n ? `（${n}项改动）` : ""}`;
}

export const CATALOG_SIZE = RULE_CATALOG.length;
