import { z } from "zod";
import { sum } from "../kit/cells.js";
import { cached } from "../kit/cache.js";
import { NUMBER, parseNumber } from "../../text/numerals.js";
import { clauses, offset, sentences, slice } from "../kit/text.js";
import type { Piece } from "../kit/text.js";
import type { FindingDraft } from "../types.js";
import { defineKind } from "../types.js";

/** Text taken out of a PDF puts a space between a number and its measure word: 共 152 余条. */
const TOTAL = new RegExp(
  `(共|合计|累计|总计)[^，。；\\d]{0,16}?(${NUMBER})\\s*(余|多)?\\s*(条|件|篇|个|项)`,
  "u",
);
/** A part compared with this year's total is not a part (较上年增加20条). */
const NOT_PART = /较上年|同比|增加|增长|减少|下降/u;

/** A clause opening with a total of its own (；共办理718件) ends the breakdown before it. */
const NEW_TOTAL = /^\s*(共|合计|累计|总计)/u;

function partsOf(piece: Piece, unit: string): number[] {
  const re = new RegExp(`(${NUMBER})\\s*(?:余|多)?\\s*${unit}`, "gu");
  const list = clauses(piece);
  const end = list.findIndex((c) => NEW_TOTAL.test(c.text));
  return (end < 0 ? list : list.slice(0, end))
    .filter((c) => !NOT_PART.test(c.text))
    .flatMap((c) => [...c.text.matchAll(re)].map((m) => parseNumber(m[1] ?? "")))
    .filter((n): n is number => n !== null);
}

/** The text after 其中 that breaks down a total, in its sentence or opening the next one. */
function breakdown(s: Piece, m: RegExpExecArray, next: Piece | undefined): Piece | null {
  const from = m.index + m[0].length;
  const after = s.text.slice(from);
  const k = after.indexOf("其中");
  // 其中 breaks down the figure just before it: another figure in between is not the total.
  if (partsOf({ text: k >= 0 ? after.slice(0, k) : after, start: 0 }, m[4] ?? "").length)
    return null;
  if (k >= 0) return slice(s, from + k + 2, s.text.length);
  return next && /^\s*其中/u.test(next.text) ? next : null;
}

/** Enumerations whose parts do not add up; the text alone decides, so it is memoised. */
const enumerations = cached((text: string, minParts: number, minCoverage: number) => {
  const out: FindingDraft[] = [];
  const list = sentences(text);
  list.forEach((s, i) => {
    const m = TOTAL.exec(s.text);
    const stated = m ? parseNumber(m[2] ?? "") : null;
    const tail = m && stated !== null ? breakdown(s, m, list[i + 1]) : null;
    if (!m || stated === null || !tail) return;
    const parts = partsOf(tail, m[4] ?? "");
    const total = sum(parts);
    if (parts.length < minParts || total === stated || total < stated * minCoverage) return;
    out.push({
      code: "enumeration_sum",
      params: { total: `${m[1]}${m[2]}${m[3] ?? ""}${m[4]}`, stated, sum: total, parts },
      cells: [],
      spans: [[offset(s, m.index), offset(tail, tail.text.length - 1) + 1]],
    });
  });
  return out;
});

/** N02: 共N条…其中a条、b条、c条 with a+b+c ≠ N (其中 may open the next sentence). */
export const enumerationSum = defineKind({
  kind: "enumeration-sum",
  params: z.strictObject({
    minParts: z.int().min(2).default(2),
    /** Parts adding up to less than this share of the total are a selection, not a breakdown. */
    minCoverage: z.number().min(0).max(1).default(0.5),
  }),
  check(report, p) {
    return enumerations(report.text, p.minParts, p.minCoverage);
  },
});
