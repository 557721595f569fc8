import { z } from "zod";
import { sum } from "../kit/cells.js";
import { NUMBER, parseNumber } from "../kit/numbers.js";
import { clauses, sentences } from "../kit/text.js";
import type { Piece } from "../kit/text.js";
import type { FindingDraft } from "../types.js";
import { defineKind } from "../types.js";

const TOTAL = new RegExp(
  `(共|合计|累计|总计)[^，。；\\d]{0,16}?(${NUMBER})(余|多)?(条|件|篇|个|项)`,
  "u",
);
/** A part compared with this year's total is not a part (较上年增加20条). */
const NOT_PART = /较上年|同比|增加|增长|减少|下降/u;

function partsOf(piece: Piece, unit: string): number[] {
  const re = new RegExp(`(${NUMBER})\\s*(?:余|多)?\\s*${unit}`, "gu");
  return clauses(piece)
    .filter((c) => !NOT_PART.test(c.text))
    .flatMap((c) => [...c.text.matchAll(re)].map((m) => parseNumber(m[1] ?? "")))
    .filter((n): n is number => n !== null);
}

/** N02: 共N条…其中a条、b条、c条 with a+b+c ≠ N (其中 may open the next sentence). */
export const enumerationSum = defineKind({
  kind: "enumeration-sum",
  params: z.strictObject({
    minParts: z.int().min(2).default(2),
    /** Parts adding up to less than this share of the total are a selection, not a breakdown. */
    minCoverage: z.number().min(0).max(1).default(0.5),
  }),
  check(report, p) {
    const out: FindingDraft[] = [];
    const list = sentences(report.text);
    list.forEach((s, i) => {
      const m = TOTAL.exec(s.text);
      const stated = m ? parseNumber(m[2] ?? "") : null;
      if (!m || stated === null) return;
      const after = s.text.slice(m.index + m[0].length);
      const k = after.indexOf("其中");
      const next = list[i + 1];
      const tail =
        k >= 0
          ? { text: after.slice(k + 2), start: s.start + m.index + m[0].length + k + 2 }
          : next && /^\s*其中/u.test(next.text)
            ? next
            : null;
      if (!tail) return;
      const parts = partsOf(tail, m[4] ?? "");
      const total = sum(parts);
      if (parts.length < p.minParts || total === stated) return;
      if (total < stated * p.minCoverage) return;
      out.push({
        code: "enumeration_sum",
        params: { total: `${m[1]}${m[2]}${m[3] ?? ""}${m[4]}`, stated, sum: total, parts },
        cells: [],
        spans: [[s.start + m.index, tail.start + tail.text.length]],
      });
    });
    return out;
  },
});
