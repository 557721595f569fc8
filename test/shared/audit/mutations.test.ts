import { describe, expect, it } from "vitest";
import { applyMutation, type Stamp } from "../../../shared/audit/mutations.js";
import { auditFindings } from "../../../shared/audit/findings.js";
import { findingKey } from "../../../shared/model/finding.js";
import { auditReport } from "../../renderer/audit-report.js";

const STAMP: Stamp = { by: "李四", at: "2025-03-01T09:00:00.000Z", id: "m1" };

describe("the audit's changes as pure actions", () => {
  it("records a correction with the given inspector and time, and leaves the audit as it was", () => {
    const a = auditReport("a", 3);
    const audit = { reports: [a] };
    const printed = a.report.cells["t3.new.natural"]!.value;
    const change = { kind: "correction", cell: "t3.new.natural", value: 9, clear: false } as const;
    const { next, detail } = applyMutation(audit, "a", change, STAMP);
    expect(next?.corrections["t3.new.natural"]).toEqual({ value: 9, by: "李四", at: STAMP.at });
    expect(detail).toEqual({ cell: "t3.new.natural", from: printed, to: 9 });
    expect(a.corrections).toEqual({});
    const undo = applyMutation({ reports: [next!] }, "a", { ...change, clear: true }, STAMP);
    expect(undo.next?.corrections).toEqual({});
  });

  it("binds a verdict to the evidence of the finding as it fires now", () => {
    const a = auditReport("a", 3);
    const value = (a.report.cells["t3.new.natural"]!.value as number) + 5;
    const r = { ...a, corrections: { "t3.new.natural": { value, by: "李四", at: "t" } } };
    const f = auditFindings({ reports: [r] })[0]!.findings.find((x) => x.rule === "A01")!;
    const key = findingKey(f);
    const v = { kind: "verdict", key, status: "confirmed", note: "确有错误" } as const;
    const { next } = applyMutation({ reports: [r] }, "a", v, STAMP);
    expect(next?.verdicts[key]).toMatchObject({ status: "confirmed", by: "李四", at: STAMP.at });
    expect(next?.verdicts[key]?.evidence?.cells["t3.new.natural"]).toBe(value);
  });

  it("gives a remark the id it is handed, and refuses a round that corrects itself", () => {
    const [a, b] = [auditReport("a", 3), auditReport("b", 4)];
    const remark = { kind: "remark", target: { kind: "report" }, text: "注意" } as const;
    expect(applyMutation({ reports: [a] }, "a", remark, STAMP).next?.remarks[0]?.id).toBe("m1");
    const linked = applyMutation({ reports: [a, b] }, "b", { kind: "round", of: "a" }, STAMP).next!;
    expect(linked.round).toEqual({ of: "a", no: 2 });
    const loop = { kind: "round", of: "b" } as const;
    expect(() => applyMutation({ reports: [a, linked] }, "a", loop, STAMP)).toThrow("不在本审核中");
    expect(() => applyMutation({ reports: [a] }, "x", loop, STAMP)).toThrow("审核中没有该报告");
  });
});
