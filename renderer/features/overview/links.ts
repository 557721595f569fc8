import type { AuditReport } from "../../../shared/model/audit.js";
import { effectiveReport } from "../../../shared/audit/index.js";
import { sameName } from "../../../shared/agency/index.js";
import { yearPairs } from "../../../shared/rules/index.js";
import type { ReportChecks } from "../../app/checks.js";

export interface PairView {
  agency: string;
  earlier: { id: string; year: number };
  later: { id: string; year: number };
  /** Y01/Y02 findings of the later report: the two years do not chain. */
  breaks: number;
}

export interface CopyView {
  a: { id: string; agency: string; year: number | null };
  b: { id: string; agency: string; year: number | null };
  /** What was copied: 第五部分 (相似度 %), 表三 … */
  what: string[];
}

const SECTION = ["", "第一部分", "第二部分", "第三部分", "第四部分", "第五部分", "第六部分"];
const TABLE = ["", "", "表二", "表三", "表四"];

/** One body (sameBody, via yearPairs), consecutive years: the pairs Y01/Y02 compared, with breaks. */
export function pairViews(
  reports: readonly AuditReport[],
  checks: ReadonlyMap<string, ReportChecks>,
): PairView[] {
  const eff = reports.map(effectiveReport);
  return yearPairs(eff).map(({ earlier, later }) => {
    const e = reports[earlier] as AuditReport;
    const l = reports[later] as AuditReport;
    const findings = checks.get(l.id)?.findings ?? [];
    return {
      agency: eff[later]?.agency ?? "",
      earlier: { id: e.id, year: eff[earlier]?.year ?? 0 },
      later: { id: l.id, year: eff[later]?.year ?? 0 },
      breaks: findings.filter((f) => f.rule === "Y01" || f.rule === "Y02").length,
    };
  });
}

/** Reports of different agencies that Y03 found copied, each pair once. */
export function copyViews(
  reports: readonly AuditReport[],
  checks: ReadonlyMap<string, ReportChecks>,
): CopyView[] {
  const eff = reports.map(effectiveReport);
  const find = (agency: unknown, year: unknown) =>
    eff.findIndex((r) => sameName(r.agency, String(agency)) && r.year === year);
  const out = new Map<string, CopyView>();
  reports.forEach((a, i) => {
    for (const f of checks.get(a.id)?.findings ?? []) {
      if (f.rule !== "Y03" || f.params.sameAgency === true) continue;
      const j = find(f.params.agency, f.params.year);
      const b = reports[j];
      if (!b || j === i) continue;
      const key = [a.id, b.id].sort().join("|");
      const view = out.get(key) ?? {
        a: { id: a.id, agency: eff[i]?.agency ?? "", year: eff[i]?.year ?? null },
        b: { id: b.id, agency: eff[j]?.agency ?? "", year: eff[j]?.year ?? null },
        what: [],
      };
      const what =
        f.code === "copied_table"
          ? (Array.isArray(f.params.tables) ? f.params.tables : []).map(
              (t) => TABLE[Number(t)] ?? "",
            )
          : [`${SECTION[Number(f.params.section)] ?? ""}（${String(f.params.similarity)}%）`];
      for (const w of what) if (!view.what.includes(w)) view.what.push(w);
      out.set(key, view);
    }
  });
  return [...out.values()];
}
