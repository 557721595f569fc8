import { describe, expect, it } from "vitest";
import type { Audit } from "../../shared/model/audit.js";
import { findingKey } from "../../shared/model/finding.js";
import { checkReport } from "../../shared/rules/index.js";
import {
  draftProblem,
  initialDraft,
  previewMemos,
  toggle,
  today,
} from "../../renderer/features/memo/options.js";
import { auditReport } from "./audit-report.js";

function audit(): Audit {
  const a = auditReport("a", 7);
  const b = auditReport("b", 11, "2021");
  b.report.cells["t2.regulation.issued"] = { value: -3, text: "-3", span: [0, 2] };
  return {
    version: 1,
    id: "x",
    title: "",
    inspector: "王检查",
    createdAt: "",
    updatedAt: "",
    reports: [a, b],
    failures: [],
  };
}

describe("the export dialog's draft", () => {
  it("starts with every report, today's date, and the scope the verdicts call for", () => {
    const au = audit();
    const d = initialDraft(au, new Date(2025, 2, 4));
    expect(d.reportIds).toEqual(["a", "b"]);
    expect(d.date).toBe("2025-03-04");
    expect(d.scope).toBe("open");
    const f = checkReport(au.reports[1]!.report)[0]!;
    au.reports[1]!.verdicts[findingKey(f)] = { status: "dismissed", note: "", by: "", at: "" };
    expect(initialDraft(au).scope).toBe("confirmed");
  });

  it("names what is missing before an export", () => {
    const d = initialDraft(audit());
    expect(draftProblem(d)).toBeNull();
    expect(draftProblem({ ...d, reportIds: [] })).toBe("请至少选择一份报告");
    expect(draftProblem({ ...d, docx: false, xlsx: false })).toBe("请至少选择一种导出文件");
    expect(draftProblem({ ...d, date: "" })).toBe("请填写成文日期");
    expect(today(new Date(2024, 0, 9))).toBe("2024-01-09");
  });

  it("previews what the host will write: one memo, or one per report", () => {
    const au = audit();
    const d = initialDraft(au);
    const [set] = previewMemos(au, d);
    expect(set?.summary).toHaveLength(2);
    expect(JSON.stringify(set?.body)).toContain("不应为负数");
    expect(previewMemos(au, { ...d, perReport: true })).toHaveLength(2);
    expect(previewMemos(au, { ...d, reportIds: [] })).toEqual([]);
    // The preview does not need a file format chosen to show the memo.
    expect(previewMemos(au, { ...d, docx: false, xlsx: false })).toHaveLength(1);
    expect(toggle(["a"], "b", true)).toEqual(["a", "b"]);
    expect(toggle(["a", "b"], "a", false)).toEqual(["b"]);
  });
});
