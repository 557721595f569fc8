import { describe, expect, it } from "vitest";
import { findingKey, type Finding } from "../../shared/model/finding.js";
import { checkAudit, findingsByCell } from "../../renderer/app/checks.js";
import { ruleOptions, stepKey, visibleFindings } from "../../renderer/features/findings/filters.js";
import { targetLabel } from "../../renderer/features/findings/remarks.js";
import { auditReport } from "./audit-report.js";

const f = (rule: string, severity: Finding["severity"], cells: string[] = []): Finding => ({
  rule,
  severity,
  code: rule.toLowerCase(),
  params: {},
  cells,
  spans: [[0, 1]],
});

describe("checks in the renderer", () => {
  it("finds an A-rule error once a clean report's cell is corrected, and shows what the correction resolved", () => {
    const clean = auditReport("a", 3);
    const before = checkAudit({ reports: [clean] }).get("a")!;
    expect(before.findings.filter((x) => x.rule.startsWith("A"))).toEqual([]);
    const printed = clean.report.cells["t3.new.natural"]!.value as number;
    const edited = {
      ...clean,
      corrections: { "t3.new.natural": { value: printed + 5, by: "李四", at: "t" } },
    };
    const after = checkAudit({ reports: [edited] }).get("a")!;
    expect(after.findings.some((x) => x.rule === "A01" && x.cells.includes("t3.new.natural"))).toBe(
      true,
    );
    expect(after.counts.error).toBeGreaterThan(0);
    expect(after.resolved).toEqual([]);
  });

  it("counts findings with a verdict as reviewed", () => {
    const r = auditReport("a", 4);
    r.corrections["t3.new.natural"] = { value: 1000, by: "x", at: "t" };
    const first = checkAudit({ reports: [r] }).get("a")!.findings[0]!;
    r.verdicts[findingKey(first)] = { status: "confirmed", note: "", by: "x", at: "t" };
    expect(checkAudit({ reports: [r] }).get("a")!.reviewed).toBe(1);
  });

  it("lists findings worst first, per cell", () => {
    const m = findingsByCell([f("C02", "warning", ["c"]), f("A01", "error", ["c", "d"])]);
    expect(m.get("c")!.map((x) => x.rule)).toEqual(["A01", "C02"]);
    expect(m.get("d")).toHaveLength(1);
  });
});

describe("finding list", () => {
  const list = [
    f("S02", "warning"),
    f("A01", "error", ["x"]),
    f("D03", "info"),
    f("A01", "error", ["y"]),
  ];

  it("filters by severity, rule and open verdicts", () => {
    const all = {
      severities: ["error", "warning", "info"] as Finding["severity"][],
      rule: null,
      open: false,
    };
    expect(visibleFindings(list, all, {})).toHaveLength(4);
    expect(visibleFindings(list, { ...all, severities: ["error"] }, {})).toHaveLength(2);
    expect(visibleFindings(list, { ...all, rule: "S02" }, {})).toHaveLength(1);
    const judged = {
      [findingKey(list[1]!)]: { status: "dismissed" as const, note: "", by: "x", at: "t" },
    };
    expect(visibleFindings(list, { ...all, open: true }, judged)).toHaveLength(3);
  });

  it("offers the rules present, in catalog order, with counts", () => {
    const opts = ruleOptions(list);
    expect(opts.map((o) => [o.rule, o.n])).toEqual([
      ["S02", 1],
      ["A01", 2],
      ["D03", 1],
    ]);
    expect(opts[0]!.name).not.toBe("");
  });

  it("steps to the next and previous finding, wrapping", () => {
    expect(stepKey(["a", "b", "c"], null, 1)).toBe("a");
    expect(stepKey(["a", "b", "c"], null, -1)).toBe("c");
    expect(stepKey(["a", "b", "c"], "c", 1)).toBe("a");
    expect(stepKey(["a", "b", "c"], "a", -1)).toBe("c");
    expect(stepKey(["a", "b"], "gone", 1)).toBe("a");
    expect(stepKey([], "a", 1)).toBeNull();
  });

  it("names a remark's target in words", () => {
    expect(targetLabel({ kind: "report" })).toBe("整份报告");
    expect(targetLabel({ kind: "cell", cell: "t3.new.natural" })).toContain("自然人");
    expect(targetLabel({ kind: "text", span: [0, 3], quote: "共152余条\n其中" })).toBe(
      "原文「共152余条 其中」",
    );
  });
});
