import type { Span } from "../../model/report.js";
import { NUMBER, parseNumber } from "../../text/numerals.js";
import { clauses, sentences, spanOf } from "./text.js";
import type { Piece } from "./text.js";

/** What a sentence of the narrative says about a table figure (N01). */
export type ClaimTarget =
  | "received"
  | "handled"
  | "granted"
  | "partial"
  | "denied"
  | "unable"
  | "notHandled"
  | "otherHandled"
  | "review"
  | "suit";

export interface Claim {
  target: ClaimTarget;
  value: number;
  quote: string;
  span: Span;
  /** The sentence states 结转 figures apart, so the claim does not include them. */
  carryApart: boolean;
}

const N = `\\s*(${NUMBER})\\s*`;
const UNIT = "(?:件|起|宗)";
/** The kinds of answer of table 三 （一）–（六）: a figure after one is about that row alone. */
const KINDS: [ClaimTarget, string][] = [
  ["granted", "予以公开"],
  ["partial", "部分公开"],
  ["denied", "不予公开"],
  ["unable", "无法提供"],
  ["notHandled", "不予处理"],
  ["otherHandled", "其他处理"],
];
const KIND = KINDS.map(([, w]) => w).join("|");
const PATTERNS: [ClaimTarget, RegExp][] = [
  ["review", new RegExp(`行政复议(?:案件|申请)?(?:共|总计|合计)?${N}${UNIT}`, "u")],
  ["suit", new RegExp(`行政诉讼(?:案件)?(?:共|总计|合计)?${N}${UNIT}`, "u")],
  ...KINDS.map(([target, word]): [ClaimTarget, RegExp] => [
    target,
    // 予以公开或部分公开12件 is a figure of two rows together: compared with neither.
    new RegExp(
      `(?<!不|(?:${KIND})[或和及与、])${word}(?:的)?(?:答复|决定|处理|办理)?(?:共|的)?${N}${UNIT}`,
      "u",
    ),
  ]),
  ["received", new RegExp(`(?:收到|受理|新收)[^，。；\\d]{0,20}?${N}(余|多)?${UNIT}`, "u")],
  [
    "handled",
    // 不予公开答复2件 is a figure of one kind of answer, not of all answers.
    new RegExp(
      `(?<![续在]|(?:${KIND})的?)(?:办理|办结|答复)[^，。；\\d]{0,20}?${N}(余|多)?${UNIT}`,
      "u",
    ),
  ],
];
const NEGATION =
  /(?:未(?:发生|收到|有|出现|产生|因|被)|没有|不存在|无)[^，。；\d]{0,16}?(?:复议|诉讼)/u;
/** An outcome (被纠错, 败诉): the negation denies the outcome, not the cases; no count. */
const OUTCOME = /纠错|纠正|败诉|撤销|确认违法|被改变|责令/u;
/** Comparisons with other years, not this year's figure. */
const OTHER_TIME = /较上年|同比|增长|减少|下降|以来/u;
const YEAR = /((?:19|20)\d{2})\s*年/gu;
/** 上年结转 stated apart; 结转下一年 is what goes on, so the figures before it may include the carried. */
const CARRIED_IN = /结转(?![至到入]?下)/u;

type Found = Omit<Claim, "carryApart">;

function negated(c: Piece): Found[] {
  const neg = NEGATION.exec(c.text);
  if (!neg || /\d/u.test(c.text)) return [];
  const tail = c.text.slice(neg.index);
  if (OUTCOME.test(tail)) return [];
  const span = spanOf(c, neg.index, tail.length);
  const out: Found[] = [];
  if (tail.includes("复议")) out.push({ target: "review", value: 0, quote: tail, span });
  if (tail.includes("诉讼")) out.push({ target: "suit", value: 0, quote: tail, span });
  return out;
}

function claimsOfClause(c: Piece, aboutApplications: boolean): Found[] {
  const legal = /复议|诉讼/u.test(c.text);
  if (legal && NEGATION.test(c.text) && !/\d/u.test(c.text)) return negated(c);
  const out: Found[] = [];
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
    const quote = m[0].trim();
    const at = m.index + m[0].indexOf(quote);
    out.push({ target, value, quote, span: spanOf(c, at, quote.length) });
    if (target === "received") break;
  }
  return out;
}

/** The figures the narrative states, sentence by sentence, for the report year. */
export function findClaims(text: string, year: number | null): Claim[] {
  const out: Claim[] = [];
  for (const s of sentences(text)) {
    if (!/申请|复议|诉讼|公开|提供|处理/u.test(s.text)) continue;
    let seen = "";
    const carryApart = CARRIED_IN.test(s.text);
    for (const c of clauses(s)) {
      seen += c.text;
      const years = [...c.text.matchAll(YEAR)].map((m) => Number(m[1]));
      if (OTHER_TIME.test(c.text) || years.some((y) => y !== year)) continue;
      for (const f of claimsOfClause(c, seen.includes("申请"))) out.push({ ...f, carryApart });
    }
  }
  return out;
}
