import type { Report, Section, SectionNo } from "../../model/report.js";
import { CN_NUMERALS, SECTION_TITLES } from "../../templates/sections.js";

/** NFKC (full-width → half-width, so bracket kinds agree), no whitespace or markdown marks. */
export function squashHeading(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/^#+/, "")
    .replace(/\s+/g, "")
    .replace(/[:：。.]+$/, "");
}

const NUMBERING =
  /^(第[一二三四五六七八九十]+部分[、,.:]?|\(?[一二三四五六七八九十0-9]+\)?[、,.]?)/;

/** A printed heading split into its numbering and its words. */
export function splitHeading(heading: string): { numbering: string; title: string } {
  const s = squashHeading(heading);
  const m = NUMBERING.exec(s);
  const numbering = m?.[1] ?? "";
  return { numbering, title: s.slice(numbering.length) };
}

export function officialNumbering(no: SectionNo): string {
  return `${CN_NUMERALS[no - 1]}、`;
}

export function officialHeading(no: SectionNo): string {
  return `${officialNumbering(no)}${SECTION_TITLES[no]}`;
}

/** The first section of that number, if the report has it. */
export function section(report: Report, no: SectionNo): Section | undefined {
  return report.sections.find((s) => s.no === no);
}

/** The body text of a section. */
export function sectionBody(report: Report, s: Section): string {
  return report.text.slice(s.body[0], s.body[1]);
}
