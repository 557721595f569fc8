import type { Section, SectionNo, Span } from "../../model/report.js";
import type { SourceRow } from "../source.js";
import { remembered, squash } from "../keys.js";

// template.md: the six headings and the real variants that must be recognised.
const CORE: Record<SectionNo, RegExp> = {
  1: /^(?:总体|基本|工作)情况$|^(?:基本|工作)?概况$/,
  2: /^主动公开政府信息(?:的)?情况/,
  3: /^收到和处理政府信息公开申请(?:的)?情况|^(?:收到|受理)和?(?:处理|办理).{0,4}申请/,
  4: /^政府信息公开行政复议.{0,2}行政诉讼|^(?:因)?政府信息公开.{0,6}(?:复议|诉讼)/,
  5: /^存在的?(?:主要)?(?:问题|困难|不足)/,
  6: /^其他需要报告的事项|^其他(?:需要)?(?:报告|说明)?的?事项/,
};

/**
 * Other wordings real reports give a heading (五、政府信息公开工作存在的主要问题及改进情况,
 * 五、存在的主要问题及整改措施): taken only under the section's own top-level number.
 */
const LOOSE: Record<SectionNo, RegExp> = {
  1: /^(?:总体|基本|整体|工作)?(?:情况|概况|概述)/,
  2: /^(?:主动公开|政府信息主动公开|信息主动公开)/,
  3: /^(?=.*申请)(?!.*(?:数量|结转|结果))(?:收到|受理|处理|办理|依申请|政府信息公开申请|申请)/,
  4: /复议|诉讼/,
  5: /问题|不足|困难|改进|整改/,
  6: /^其他|需要?报告/,
};

/** Words some reports put before the template's: the year, the body, 政府信息公开工作. */
const LEAD =
  /^(?:(?:19|20)\d{2}年度?|本(?:年度|机关|单位|部门)|我(?:省|市|县|区|镇|乡|局|委|办|院)|全(?:省|市|县|区))?(?:政府信息公开|政务公开|信息公开)?(?:工作)?(?:中|的)?/u;

const NUMBERED =
  /^(#+)?(?:([一二三四五六七八九十]+)[、.．]|[(（]([一二三四五六])[)）]|(\d{1,2})[、.．]|第([一二三四五六])部分[、.．:：]?)?/u;
const CN = "一二三四五六七八九十";

const SECTIONS: readonly SectionNo[] = [1, 2, 3, 4, 5, 6];

/** The text of a row's one filled cell, or null (none, or more than one). */
function single(row: SourceRow): string | null {
  let text: string | null = null;
  for (const c of row.cells) {
    if (c.text.trim() === "") continue;
    if (text !== null) return null;
    text = c.text;
  }
  return text;
}

/**
 * Whether squash(text), leading # aside, is surely longer than `n`: NFKC keeps each ASCII mark,
 * full-width ASCII mark and CJK ideograph as one character (none is whitespace or composes into
 * the one before). A paragraph is ruled out without normalising it.
 */
function keepsMoreThan(text: string, n: number): boolean {
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kept =
      (c > 0x20 && c < 0x7f && c !== 0x23) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xff01 && c <= 0xff5e && c !== 0xff03);
    if (kept && ++k > n) return true;
  }
  return false;
}

/** Every section a line could name as its heading, in the order they are tried. */
function sectionsOf(text: string): readonly SectionNo[] {
  if (keepsMoreThan(text, 34)) return NONE;
  const s = squash(text).replace(/^#+/, "");
  if (s.length > 34) return NONE;
  const num = NUMBERED.exec(s);
  const numbered = !!num?.[0];
  const core = s.slice(num?.[0].length ?? 0);
  // 一、 1、 第一部分 (not （一）, which also numbers the items inside a section).
  const top = num?.[2] ?? num?.[4] ?? num?.[5];
  const value = top === undefined ? 0 : /\d/.test(top) ? Number(top) : CN.indexOf(top) + 1;
  if (!numbered && core.length > 20) return NONE;
  // The wording after the template's lead words is looked at only under a top-level number.
  const bare = value ? core.replace(LEAD, "") : "";
  const out: SectionNo[] = [];
  for (const no of SECTIONS) {
    const own = value === no && (CORE[no].test(bare) || LOOSE[no].test(bare));
    if (CORE[no].test(core) || own) out.push(no);
  }
  return out.length ? out : NONE;
}

const NONE: readonly SectionNo[] = [];
const rememberedSections = remembered(sectionsOf);
/**
 * A line's candidate sections, remembered: the same headings and cells are asked about often.
 * A paragraph too long to be a heading is ruled out before it is looked up (hashing it would
 * cost more).
 */
function candidateSections(text: string): readonly SectionNo[] {
  return keepsMoreThan(text, 34) ? NONE : rememberedSections(text);
}

/**
 * The section a line names as its heading (一、总体情况 and the variants), or null; sections in
 * `skip` (already found) are not considered.
 */
export function sectionOf(text: string, skip?: ReadonlySet<SectionNo>): SectionNo | null {
  for (const no of candidateSections(text)) if (!skip?.has(no)) return no;
  return null;
}

/** The top-level number a heading prints (一、 1、 第一部分), or 0 (none, or an item's （一）). */
function topNumber(text: string): number {
  const num = NUMBERED.exec(squash(text).replace(/^#+/, ""));
  const top = num?.[2] ?? num?.[4] ?? num?.[5];
  return top === undefined ? 0 : /\d/.test(top) ? Number(top) : CN.indexOf(top) + 1;
}

/**
 * A section first met as an item of another (（一）主动公开政府信息情况 inside 一、总体情况) whose
 * own heading, under its own number, comes later: the heading under its own number is the one.
 */
function ownHeading(rows: SourceRow[], from: number, no: SectionNo): number | null {
  for (let i = from + 1; i < rows.length; i++) {
    const row = rows[i] as SourceRow;
    const t = single(row);
    if (t !== null && topNumber(t) === no && sectionOf(t) === no) return i;
  }
  return null;
}

export interface FoundSection {
  section: Section;
  row: number;
}

/** Finds the six section headings (first occurrence of each), in the order they appear. */
export function findSections(rows: SourceRow[], textLength: number): FoundSection[] {
  const found: FoundSection[] = [];
  const seen = new Set<SectionNo>();
  const moved = new Map<number, SectionNo>();
  rows.forEach((row, i) => {
    let t = single(row);
    let no = t === null ? null : sectionOf(t, seen);
    if (moved.size && moved.has(i)) no = moved.get(i) ?? null;
    else if (no !== null && t !== null && topNumber(t) !== no) {
      const own = ownHeading(rows, i, no);
      if (own !== null) {
        moved.set(own, no);
        seen.add(no);
        return;
      }
    }
    t = t ?? "";
    if (no === null) return;
    seen.add(no);
    const heading = t.trim().replace(/^#+\s*/, "");
    const cell = row.cells.find((c) => c.text.trim() !== "");
    const span: Span = cell ? [cell.span[1] - heading.length, cell.span[1]] : row.span;
    found.push({ section: { no, heading, span, body: [span[1], span[1]] }, row: i });
  });
  found.forEach((f, i) => {
    const next = found[i + 1];
    f.section.body = [f.section.span[1], next ? next.section.span[0] : textLength];
  });
  return found;
}
