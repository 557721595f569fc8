import { z } from "zod";
import type { Report, SectionNo } from "../../model/report.js";
import { lastYear, sameAgency } from "../kit/audit.js";
import { section, sectionBody } from "../kit/sections.js";
import type { FindingDraft } from "../types.js";
import { defineKind } from "../types.js";

const params = z.strictObject({
  sections: z.array(z.literal([1, 2, 3, 4, 5, 6])).min(1),
  threshold: z.number().min(0).max(1).default(0.9),
  /** Character n-grams. */
  n: z.int().min(1).default(5),
  /** Shorter sections (after normalising) are not compared. */
  minChars: z.int().min(0).default(40),
});

// Keyed by the parsed sections, which a corrected copy of the report shares with the original,
// so a cell edit does not re-read every report's text.
const cache = new WeakMap<
  Report["sections"],
  { text: string; grams: Map<string, Set<string> | null> }
>();

/** Character n-grams of a section without years, numbers, the agency name, spacing, punctuation. */
function grams(r: Report, no: SectionNo, n: number, minChars: number): Set<string> | null {
  const key = `${no}:${n}:${minChars}:${r.agency ?? ""}`;
  let c = cache.get(r.sections);
  if (c?.text !== r.text) cache.set(r.sections, (c = { text: r.text, grams: new Map() }));
  const m = c.grams;
  if (m.has(key)) return m.get(key) ?? null;
  const s = section(r, no);
  let t = s ? sectionBody(r, s) : "";
  if (r.agency) t = t.split(r.agency).join("");
  t = t.normalize("NFKC").replace(/\d+\s*年度?|\d+(?:\.\d+)?|[\s\p{P}]+/gu, "");
  const out = t.length < minChars ? null : new Set<string>();
  for (let i = 0; out && i + n <= t.length; i++) out.add(t.slice(i, i + n));
  m.set(key, out);
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let both = 0;
  for (const g of small) if (large.has(g)) both++;
  return both / (a.size + b.size - both);
}

/** Y03: a section copied from last year's report or from another agency's report in the audit. */
export const copiedText = defineKind({
  kind: "copied-text",
  params,
  check(report, p, ctx) {
    const last = lastYear(report, ctx.set);
    const others = ctx.set.filter((r) => r !== report && (r === last || !sameAgency(r, report)));
    if (!others.length) return [];
    const out: FindingDraft[] = [];
    for (const no of p.sections) {
      const mine = grams(report, no, p.n, p.minChars);
      const s = section(report, no);
      if (!mine || !s) continue;
      let best: { r: Report; sim: number } | null = null;
      for (const r of others) {
        const theirs = grams(r, no, p.n, p.minChars);
        const sim = theirs ? jaccard(mine, theirs) : 0;
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
  },
});
