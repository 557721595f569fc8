import { describe, expect, it } from "vitest";
import { auditFindings, evidenceNow, printedFindings } from "../../../shared/audit/findings.js";
import { effectiveReport } from "../../../shared/audit/effective.js";
import { findingKey, type Finding } from "../../../shared/model/finding.js";
import { parseRulePack } from "../../../shared/rules/index.js";
import { auditReport } from "../../renderer/audit-report.js";

/** A consistent report with one table 三 cell corrected off its total: A01 fires on it. */
function corrected(id: string, seed: number) {
  const r = auditReport(id, seed);
  const printed = r.report.cells["t3.new.natural"]!.value as number;
  return { ...r, corrections: { "t3.new.natural": { value: printed + 5, by: "李四", at: "t" } } };
}

const a01 = (fs: readonly Finding[]) => fs.filter((f) => f.rule === "A01");

describe("the findings of an audit", () => {
  it("checks each report as corrected, and the printed one apart", () => {
    const r = corrected("a", 3);
    const [now] = auditFindings({ reports: [r] });
    expect(now?.report.cells["t3.new.natural"]?.value).toBe(r.corrections["t3.new.natural"].value);
    expect(a01(now?.findings ?? []).length).toBeGreaterThan(0);
    expect(a01(printedFindings({ reports: [r] })[0]?.findings ?? [])).toEqual([]);
  });

  it("applies the audit's rule pack: a rule turned off or made a warning", () => {
    const r = corrected("a", 3);
    const off = parseRulePack({ rules: { A01: { enabled: false } } }).pack;
    const milder = parseRulePack({ rules: { A01: { severity: "warning" } } }).pack;
    expect(a01(auditFindings({ reports: [r], rules: off })[0]?.findings ?? [])).toEqual([]);
    const warned = a01(auditFindings({ reports: [r], rules: milder })[0]?.findings ?? []);
    expect(warned.length).toBeGreaterThan(0);
    expect(warned.every((f) => f.severity === "warning")).toBe(true);
  });

  it("gives the same answer for the same reports, and a new one when a value changes", () => {
    const r = corrected("a", 3);
    const b = auditReport("b", 4);
    const first = auditFindings({ reports: [r, b] });
    // Another object with the same corrected values: the same effective report and findings.
    const copy = { ...r, corrections: { ...r.corrections } };
    expect(effectiveReport(copy)).toBe(effectiveReport(r));
    expect(auditFindings({ reports: [copy, b] })).toBe(first);
    const back = { ...r, corrections: {} };
    expect(a01(auditFindings({ reports: [back] })[0]?.findings ?? [])).toEqual([]);
  });

  it("reads a verdict's evidence from the findings as they fire now", () => {
    const r = corrected("a", 3);
    const [f] = a01(auditFindings({ reports: [r] })[0]?.findings ?? []);
    const evidence = evidenceNow({ reports: [r] }, 0, findingKey(f!));
    expect(evidence?.rule).toBe("A01");
    expect(evidence?.cells["t3.new.natural"]).toBe(r.corrections["t3.new.natural"].value);
    const off = parseRulePack({ rules: { A01: { enabled: false } } }).pack;
    expect(evidenceNow({ reports: [r], rules: off }, 0, findingKey(f!))).toBeUndefined();
  });
});
