import type { Span } from "../../model/report.js";
import { NUMBER, parseNumber } from "../../parse/numerals.js";
import { clauses, sentences, spanOf } from "./text.js";
import type { Piece } from "./text.js";

/** What a sentence of the narrative says about a table figure (N01). */
export type ClaimTarget = "received" | "handled" | "granted" | "review" | "suit";

export interface Claim {
  target: ClaimTarget;
  value: number;
  quote: string;
  span: Span;
  /** The sentence states 结转 figures apart, so the claim does not include them. */
  carryApart: boolean;
}

const UNIT = "(?:件|起|宗)";
const PATTERNS: [ClaimTarget, RegExp][] = [
  ["review", new RegExp(`行政复议(?:案件|申请)?(?:共|总计|合计)?(${NUMBER})${UNIT}`, "u")],
  ["suit", new RegExp(`行政诉讼(?:案件)?(?:共|总计|合计)?(${NUMBER})${UNIT}`, "u")],
  ["granted", new RegExp(`予以公开(${NUMBER})${UNIT}`, "u")],
  ["received", new RegExp(`(?:收到|受理|新收)[^，。；\\d]{0,20}?(${NUMBER})(余|多)?${UNIT}`, "u")],
  [
    "handled",
    new RegExp(`(?<![续在])(?:办理|办结|答复)[^，。；\\d]{0,20}?(${NUMBER})(余|多)?${UNIT}`, "u"),
  ],
];
const NEGATION = /(?:未(?:发生|收到|有|出现|产生)|没有|无)[^，。；\d]{0,16}?(?:复议|诉讼)/u;
/** Comparisons with other years, not this year's figure. */
const OTHER_TIME = /较上年|同比|增长|减少|下降|以来/u;
const YEAR = /((?:19|20)\d{2})\s*年/gu;

type Found = Omit<Claim, "carryApart">;

function claimsOfClause(c: Piece, aboutApplications: boolean): Found[] {
  const out: Found[] = [];
  const legal = /复议|诉讼/u.test(c.text);
  const neg = legal ? NEGATION.exec(c.text) : null;
  if (neg && !/\d/u.test(c.text)) {
    const tail = c.text.slice(neg.index);
    const span = spanOf(c, neg.index, tail.length);
    if (tail.includes("复议")) out.push({ target: "review", value: 0, quote: tail, span });
    if (tail.includes("诉讼")) out.push({ target: "suit", value: 0, quote: tail, span });
    return out;
  }
  for (const [target, re] of PATTERNS) {
    const isLegal = target === "review" || target === "suit";
    if (isLegal !== legal) continue;
    if (
      (target === "received" || target === "handled") &&
      (!aboutApplications || /结转/u.test(c.text))
    )
      continue;
    const m = re.exec(c.text);
    const value = m ? parseNumber(m[1] ?? "") : null;
    if (!m || value === null || m[2]) continue;
    out.push({ target, value, quote: m[0], span: spanOf(c, m.index, m[0].length) });
    if (target === "received") break;
  }
  return out;
}

/** The figures the narrative states, sentence by sentence, for the report year. */
export function findClaims(text: string, year: number | null): Claim[] {
  const out: Claim[] = [];
  for (const s of sentences(text)) {
    if (!/申请|复议|诉讼|予以公开/u.test(s.text)) continue;
    let seen = "";
    const carryApart = s.text.includes("结转");
    for (const c of clauses(s)) {
      seen += c.text;
      const years = [...c.text.matchAll(YEAR)].map((m) => Number(m[1]));
      if (OTHER_TIME.test(c.text) || years.some((y) => y !== year)) continue;
      for (const f of claimsOfClause(c, seen.includes("申请"))) out.push({ ...f, carryApart });
    }
  }
  return out;
}
