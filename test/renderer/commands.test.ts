import { describe, expect, it } from "vitest";
import type { ImportResult } from "../../shared/ipc/contract.js";
import type { AuditReport } from "../../shared/model/audit.js";
import { initialState, type WorkbenchState } from "../../renderer/app/state.js";
import {
  dismissImports,
  imported,
  importNotes,
  loaded,
  reportUpdated,
} from "../../renderer/app/audit-commands.js";
import { correctLocally } from "../../renderer/app/correct.js";
import { focusOn, selectReport, tableOf } from "../../renderer/app/focus.js";
import { filterOpen, filterRule, toggleSeverity } from "../../renderer/app/filter.js";
import { auditReport, auditSnapshot } from "./audit-report.js";

const snapshot = (reports: AuditReport[]) => auditSnapshot(reports);

function withReports(...ids: string[]): WorkbenchState {
  return loaded(snapshot(ids.map((id, i) => auditReport(id, i + 1))))(initialState);
}

describe("audit commands", () => {
  it("opens the first report of the list on load and keeps a selection that still exists", () => {
    const s = withReports("a", "b");
    expect(s.selectedId).not.toBeNull();
    const other = s.snapshot!.audit.reports.find((r) => r.id !== s.selectedId)!.id;
    const t = selectReport(other)(s);
    expect(loaded(t.snapshot!)(t).selectedId).toBe(other);
  });

  it("replaces the report a mutation answers with, and the save time", () => {
    const s = withReports("a", "b");
    const a = s.snapshot!.audit.reports.find((r) => r.id === "a")!;
    const next = {
      ...a,
      remarks: [
        { id: "m", target: { kind: "report" as const }, text: "注意", by: "李四", at: "t" },
      ],
    };
    const t = reportUpdated({ report: next, reportId: "a", savedAt: "2025-03-01T10:00:00.000Z" })(
      s,
    );
    expect(t.snapshot!.audit.reports.find((r) => r.id === "a")!.remarks).toHaveLength(1);
    expect(t.snapshot!.savedAt).toBe("2025-03-01T10:00:00.000Z");
    expect(s.snapshot!.audit.reports.find((r) => r.id === "a")!.remarks).toHaveLength(0);
  });

  it("selects a neighbour when the open report is removed", () => {
    const s = withReports("a", "b", "c");
    const open = s.selectedId!;
    const t = reportUpdated({ report: null, reportId: open, savedAt: "x" })(s);
    expect(t.snapshot!.audit.reports).toHaveLength(2);
    expect(t.selectedId).not.toBe(open);
    expect(t.selectedId).not.toBeNull();
  });

  it("opens the first new report of an import and lists every outcome", () => {
    const s = withReports("a");
    const result: ImportResult = {
      cancelled: 0,
      changes: {
        auditId: "a",
        reports: [auditReport("n", 5)],
        failures: [],
        updatedAt: "2025-03-02T00:00:00.000Z",
        savedAt: "2025-03-02T00:00:00.000Z",
        historySeq: 2,
      },
      outcomes: [
        { file: "a.txt", kind: "report", value: "a" },
        { file: "n.txt", kind: "report", value: "n" },
        { file: "x.pdf", kind: "failed", error: { code: "PDF_CORRUPT", message: "坏" } },
      ],
    };
    const t = imported(result)(s);
    expect(t.selectedId).toBe("n");
    expect(t.imports?.outcomes).toHaveLength(3);
    expect(t.imports?.known).toEqual(["a"]);
    expect(t.snapshot!.audit.reports.map((r) => r.id)).toEqual(["a", "n"]);
    const u = importNotes([
      { file: "d/x.xlsx", kind: "skipped", error: { code: "UNSUPPORTED_FORMAT", message: "跳过" } },
    ])(t);
    expect(u.imports?.outcomes).toHaveLength(4);
    expect(dismissImports(u).imports).toBeNull();
  });

  it("applies a correction at once, and clears it", () => {
    const s = withReports("a");
    const t = correctLocally("a", "t3.new.natural", 99, false)(s);
    const c = t.snapshot!.audit.reports[0]!.corrections["t3.new.natural"];
    expect(c).toMatchObject({ value: 99, by: "李四" });
    const u = correctLocally("a", "t3.new.natural", null, true)(t);
    expect(u.snapshot!.audit.reports[0]!.corrections["t3.new.natural"]).toBeUndefined();
  });
});

describe("focus and filter commands", () => {
  it("shows the focused cell's table and counts focus changes", () => {
    const s = focusOn({
      cell: "t2.regulation.made",
      span: [10, 11],
      key: "D01|x|t2.regulation.made",
    })(initialState);
    expect(s.table).toBe(2);
    expect(s.focus).toMatchObject({ cell: "t2.regulation.made", span: [10, 11], seq: 1 });
    const t = focusOn({ span: [5, 5] })(s);
    expect(t.focus).toMatchObject({ cell: null, span: null, seq: 2 });
    expect(t.table).toBe(2);
    expect(tableOf("t4.review.total")).toBe(4);
    expect(tableOf("x")).toBeNull();
  });

  it("toggles severities, picks a rule and hides judged findings", () => {
    let s = toggleSeverity("info")(initialState);
    expect(s.filter.severities).toEqual(["error", "warning"]);
    s = toggleSeverity("info")(s);
    expect(s.filter.severities).toContain("info");
    s = filterOpen(true)(filterRule("A01")(s));
    expect(s.filter).toMatchObject({ rule: "A01", open: true });
  });
});
