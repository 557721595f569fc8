import { z } from "zod";
import type { Report } from "../../model/report.js";
import { nums, sum } from "../kit/cells.js";
import { findClaims } from "../kit/claims.js";
import type { ClaimTarget } from "../kit/claims.js";
import { cached } from "../kit/cache.js";
import { t3GroupRows } from "../kit/tables.js";
import { cellSpans } from "../kit/text.js";
import type { FindingDraft } from "../types.js";
import { defineKind } from "../types.js";

interface Target {
  /** The cells the claim is compared with (their sum). */
  cells: string[];
  /** Other readings of the table a report may mean (rules.md N01: "also accept"). */
  alternatives: string[][];
}

const NEW = "t3.new.total";
const CARRIED = "t3.carried.total";
const FIXED: Partial<Record<ClaimTarget, Target>> = {
  received: { cells: [NEW], alternatives: [[NEW, CARRIED]] },
  handled: { cells: ["t3.total.total"], alternatives: [[NEW], [NEW, CARRIED]] },
  granted: { cells: ["t3.granted.total"], alternatives: [] },
  partial: { cells: ["t3.partial.total"], alternatives: [] },
  review: { cells: ["t4.review.total"], alternatives: [] },
  suit: { cells: ["t4.suitDirect.total", "t4.suitAfterReview.total"], alternatives: [] },
};
/** The kinds of answer printed over several rows of table 三: the sum of their 总计 cells. */
const GROUPS: Partial<Record<ClaimTarget, string>> = {
  denied: "不予公开",
  unable: "无法提供",
  notHandled: "不予处理",
  otherHandled: "其他处理",
};

function targetOf(report: Report, claim: ClaimTarget): Target | undefined {
  const group = GROUPS[claim];
  if (!group) return FIXED[claim];
  return { cells: t3GroupRows(report, group).map((k) => `t3.${k}.total`), alternatives: [] };
}

function total(report: Report, ids: string[]): number | undefined {
  const values = nums(report, ids);
  return values && sum(values);
}

/** Claims depend on the text only; a cell edit re-checks without re-reading the text. */
const claimsOf = cached(findClaims);

/** N01: a figure stated in the text disagrees with the table. One finding per figure. */
export const narrativeNumbers = defineKind({
  kind: "narrative-numbers",
  params: z.strictObject({}),
  check(report) {
    const out: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const claim of claimsOf(report.text, report.year)) {
      const t = targetOf(report, claim.target);
      const value = t && total(report, t.cells);
      if (!t || value === undefined || value === claim.value) continue;
      const alternatives = claim.carryApart
        ? t.alternatives.filter((alt) => !alt.includes(CARRIED))
        : t.alternatives;
      if (alternatives.some((alt) => total(report, alt) === claim.value)) continue;
      const key = `${claim.target}:${claim.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        code: "narrative_table",
        params: { target: claim.target, quote: claim.quote, stated: claim.value, table: value },
        cells: t.cells,
        spans: [claim.span, ...cellSpans(report, t.cells)],
      });
    }
    return out;
  },
});
