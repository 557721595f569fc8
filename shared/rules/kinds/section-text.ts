import { z } from "zod";
import { section, sectionBody } from "../kit/sections.js";
import { cached } from "../kit/cache.js";
import { isBlankForm } from "../kit/cells.js";
import { defineKind } from "../types.js";

const sectionNo = z.literal([1, 2, 3, 4, 5, 6]);

/** D05: in the 2021 template, section 六 must say how 信息处理费 was charged. */
export const sectionMentions = defineKind({
  kind: "section-mentions",
  params: z.strictObject({
    section: sectionNo,
    template: z.enum(["2019", "2021"]),
    anyOf: z.array(z.string().min(1)).min(1),
    code: z.enum(["fee_not_stated"]),
  }),
  check(report, p) {
    const s = section(report, p.section);
    if (report.template !== p.template || !s) return [];
    const body = sectionBody(report, s);
    if (p.anyOf.some((w) => body.includes(w))) return [];
    return [{ code: p.code, params: { section: p.section }, cells: [], spans: [s.span, s.body] }];
  },
});

const HAN = /\p{Script=Han}/gu;
/** Chinese characters of a section body; the text alone decides, so it is memoised. */
const hanCount = cached((body: string) => body.match(HAN)?.length ?? 0);
const ONLY_NONE = /^[\s\p{P}]*(无|没有|暂无|无。)[\s\p{P}]*$/u;
/** The template's fill-in instruction left in place: only bracketed words, e.g. （文字描述）. */
const ONLY_PLACEHOLDER = /^\s*(?:[（(][^（()）]*[）)]\s*)+$/u;

function reasonOf(body: string, chars: number, minChars: number): string | null {
  if (chars === 0) return "empty";
  if (ONLY_NONE.test(body)) return "none";
  if (ONLY_PLACEHOLDER.test(body)) return "placeholder";
  return chars < minChars ? "short" : null;
}

/** D06: a section empty, left as the template's instruction, only 无, or too short. */
export const sectionContent = defineKind({
  kind: "section-content",
  params: z.strictObject({ section: sectionNo, minChars: z.int().min(1).default(40) }),
  check(report, p) {
    const s = section(report, p.section);
    if (!s) return [];
    const body = sectionBody(report, s);
    const chars = hanCount(body);
    const reason = reasonOf(body, chars, p.minChars);
    if (!reason) return [];
    return [
      {
        code: `section_${reason}`,
        params: { section: p.section, chars, minChars: p.minChars, text: body.trim().slice(0, 40) },
        cells: [],
        spans: [s.span, s.body],
        // A blank form (no table cell filled): its C01 findings already say nothing was filled in.
        ...(isBlankForm(report) ? { severity: "info" as const } : {}),
      },
    ];
  },
});
