import { describe, expect, it } from "vitest";
import { findSections } from "../../../../shared/parse/meta/sections.js";
import type { SourceRow } from "../../../../shared/parse/source.js";

function rows(lines: string[]): { rows: SourceRow[]; text: string } {
  let at = 0;
  const out = lines.map((l) => {
    const span = [at, at + l.length] as const;
    at += l.length + 1;
    return { cells: [{ text: l, span }], span, tabular: false };
  });
  return { rows: out, text: lines.join("\n") };
}

describe("section headings", () => {
  it("takes a section's heading under its own number over an item of another section", () => {
    const doc = rows([
      "一、总体情况",
      "本局认真贯彻落实条例。",
      "（一）主动公开政府信息情况",
      "本年主动公开信息若干条。",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
    ]);
    const found = findSections(doc.rows, doc.text.length);
    expect(found.map((f) => [f.section.no, f.section.heading])).toEqual([
      [1, "一、总体情况"],
      [2, "二、主动公开政府信息情况"],
      [3, "三、收到和处理政府信息公开申请情况"],
    ]);
  });

  it("keeps an item-numbered heading when the section has no heading of its own", () => {
    const doc = rows([
      "一、总体情况",
      "（二）主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
    ]);
    const found = findSections(doc.rows, doc.text.length);
    expect(found.map((f) => f.section.no)).toEqual([1, 2, 3]);
  });
});
