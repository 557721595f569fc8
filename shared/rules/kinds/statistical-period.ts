import { z } from "zod";
import { cached } from "../kit/cache.js";
import { section } from "../kit/sections.js";
import type { FindingDraft } from "../types.js";
import { defineKind } from "../types.js";

// 统计期限…自X年1月1日起至X年12月31日止 (the second year may be left out).
const PERIOD =
  /统计(?:期限|时限|时间|区间|周期)[^。\n]{0,20}?((?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日[^。\n]{0,8}?(?:((?:19|20)\d{2})\s*年\s*)?12\s*月\s*31\s*日/gu;
/** Section 一 opening with its year: "2020年，…", "2020年以来…", "2020年我局…". */
const OPENING = /^\s*((?:19|20)\d{2})\s*年度?(?=[，,]|以来|[我全本])/u;

interface Period {
  years: number[];
  quote: string;
  index: number;
}

/** The statistical periods the text states; the text alone decides, so it is memoised. */
const periods = cached((text: string): Period[] =>
  [...text.matchAll(PERIOD)].map((m) => ({
    years: [m[1], m[2]].filter((y) => y !== undefined).map(Number),
    quote: m[0],
    index: m.index,
  })),
);

/** D04: the statistical period or the opening year of section 一 is not the report year. */
export const statisticalPeriod = defineKind({
  kind: "statistical-period",
  params: z.strictObject({}),
  check(report) {
    const year = report.year;
    if (year === null) return [];
    const out: FindingDraft[] = [];
    for (const p of periods(report.text)) {
      const stated = p.years.find((y) => y !== year);
      if (stated === undefined) continue;
      out.push({
        code: "period_year",
        params: { stated, year, quote: p.quote },
        cells: [],
        spans: [[p.index, p.index + p.quote.length]],
      });
    }
    const s1 = section(report, 1);
    const m = s1 ? OPENING.exec(report.text.slice(s1.body[0], s1.body[0] + 40)) : null;
    if (s1 && m && Number(m[1]) !== year) {
      const start = s1.body[0] + m.index;
      out.push({
        code: "body_year",
        params: { stated: Number(m[1]), year },
        cells: [],
        spans: [[start, start + m[0].length]],
      });
    }
    return out;
  },
});
