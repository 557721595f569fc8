import { z } from "zod";
import type { Report } from "../../model/report.js";
import { lastYear, sameAgency } from "../kit/audit.js";
import { gramIndex, meeting } from "../kit/gram-index.js";
import { sectionGrams, similarity } from "../kit/grams.js";
import { section } from "../kit/sections.js";
import { sameSignature, tableSignature } from "../kit/table-copy.js";
import type { FindingDraft } from "../types.js";
import { defineKind } from "../types.js";

const params = z.strictObject({
  sections: z.array(z.literal([1, 2, 3, 4, 5, 6])).min(1),
  threshold: z.number().min(0).max(1).default(0.9),
  /** Character n-grams. */
  n: z.int().min(1).default(5),
  /** Shorter sections (after normalising) are not compared. */
  minChars: z.int().min(0).default(40),
  /** Tables compared value for value with other agencies' reports. */
  tables: z.array(z.literal([2, 3, 4])).default([]),
  /** A table with fewer nonzero values is not compared (all-zero tables are common). */
  minNonzero: z.int().min(1).default(8),
});

type Params = z.output<typeof params>;

/** Whether the section or table of `r` is compared with the report's: last year's, or another agency's. */
type Eligible = (r: Report) => boolean;

function copiedSections(
  report: Report,
  p: Params,
  set: readonly Report[],
  eligible: Eligible,
  last?: Report,
) {
  const out: FindingDraft[] = [];
  for (const no of p.sections) {
    const mine = sectionGrams(report, no, p.n, p.minChars);
    const s = section(report, no);
    if (!mine || !s) continue;
    const index = gramIndex(set, no, p.n, p.minChars);
    let best: { r: Report; sim: number } | null = null;
    for (const r of meeting(index, report, mine, p.threshold)) {
      if (!eligible(r)) continue;
      const theirs = sectionGrams(r, no, p.n, p.minChars);
      const sim = theirs ? similarity(mine, theirs, p.threshold) : 0;
      if (sim >= p.threshold && (!best || sim > best.sim)) best = { r, sim };
    }
    if (!best) continue;
    out.push({
      code: "copied_text",
      params: {
        section: no,
        similarity: Math.round(best.sim * 100),
        agency: best.r.agency,
        year: best.r.year,
        sameAgency: best.r === last,
      },
      cells: [],
      spans: [s.body],
    });
  }
  return out;
}

function tableSpan(report: Report, table: number): [number, number][] {
  const spans = Object.entries(report.cells)
    .filter(([id, c]) => id.startsWith(`t${table}.`) && c.span[1] > c.span[0])
    .map(([, c]) => c.span);
  if (!spans.length) return [];
  return [[Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))]];
}

/** One finding per other report: the tables whose every value it prints too. */
function copiedTables(report: Report, p: Params, set: readonly Report[]): FindingDraft[] {
  const twins = new Map<Report, number[]>();
  for (const t of p.tables) {
    const mine = tableSignature(report, t, p.minNonzero);
    if (mine === null) continue;
    const twin = sameSignature(set, t, p.minNonzero, mine).find(
      (r) => r !== report && !sameAgency(r, report),
    );
    if (twin) twins.set(twin, [...(twins.get(twin) ?? []), t]);
  }
  return [...twins].map(([twin, tables]) => ({
    code: "copied_table",
    params: { tables, agency: twin.agency, year: twin.year },
    cells: [],
    spans: tables.flatMap((t) => tableSpan(report, t)),
  }));
}

/**
 * Y03: a section copied from last year's report or from another agency's report in the audit,
 * or a table whose every value another agency's report prints too.
 */
export const copiedText = defineKind({
  kind: "copied-text",
  params,
  acrossReports: true,
  check(report, p, ctx) {
    const last = lastYear(report, ctx.set);
    const eligible = (r: Report) => r !== report && (r === last || !sameAgency(r, report));
    return [
      ...copiedSections(report, p, ctx.set, eligible, last),
      ...copiedTables(report, p, ctx.set),
    ];
  },
});
