import { z } from "zod";
import type { SectionNo } from "../../model/report.js";
import { SECTION_TITLES } from "../../templates/sections.js";
import {
  officialHeading,
  officialNumbering,
  squashHeading,
  splitHeading,
} from "../kit/sections.js";
import type { FindingDraft } from "../types.js";
import { defineKind } from "../types.js";

const NOS: readonly SectionNo[] = [1, 2, 3, 4, 5, 6];
const noParams = z.strictObject({});

/** S01: a section of the template is missing. */
export const sectionMissing = defineKind({
  kind: "section-missing",
  params: noParams,
  check(report) {
    const present = new Set(report.sections.map((s) => s.no));
    return NOS.filter((no) => !present.has(no)).map((no) => ({
      code: "section_missing",
      params: { section: no },
      cells: [],
      spans: [],
    }));
  },
});

/** S02: heading wording or numbering differs from the template (not whitespace, not brackets). */
export const sectionHeading = defineKind({
  kind: "section-heading",
  params: noParams,
  check(report) {
    const out: FindingDraft[] = [];
    for (const s of report.sections) {
      const { numbering, title } = splitHeading(s.heading);
      const wording = title !== squashHeading(SECTION_TITLES[s.no]);
      if (!wording && numbering === officialNumbering(s.no)) continue;
      out.push({
        code: wording ? "section_title" : "section_numbering",
        params: { section: s.no, printed: s.heading.trim(), expected: officialHeading(s.no) },
        cells: [],
        spans: [s.span],
      });
    }
    return out;
  },
});

/** S03: a section printed before one that precedes it in the template. */
export const sectionOrder = defineKind({
  kind: "section-order",
  params: noParams,
  check(report) {
    const out: FindingDraft[] = [];
    report.sections.forEach((s, i) => {
      const prev = report.sections[i - 1];
      if (!prev || prev.no <= s.no) return;
      out.push({
        code: "section_order",
        params: { first: prev.no, second: s.no },
        cells: [],
        spans: [prev.span, s.span],
      });
    });
    return out;
  },
});
