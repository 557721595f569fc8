import { describe, expect, it } from "vitest";
import type { ImportChanges } from "../../shared/ipc/contract.js";
import type { AuditReport } from "../../shared/model/audit.js";
import { initialState } from "../../renderer/app/state.js";
import { imported, loaded, reportUpdated } from "../../renderer/app/audit-commands.js";
import { mergeImport } from "../../renderer/app/merge-import.js";
import { auditReport, auditSnapshot } from "./audit-report.js";

const snapshot = (reports: AuditReport[]) =>
  auditSnapshot(reports, { id: "audit-1", savedAt: "2025-03-01T00:00:00.000Z", historySeq: 3 });

const changes = (reports: AuditReport[], at: string): ImportChanges => ({
  auditId: "audit-1",
  reports,
  failures: [
    {
      id: "f1",
      fileName: "坏.pdf",
      error: { code: "PDF_CORRUPT", message: "坏" },
      at,
    },
  ],
  updatedAt: at,
  savedAt: at,
  historySeq: 9,
});

describe("merging an import's answer into the audit held", () => {
  it("keeps a verdict given during the import, and every report held as the same object", () => {
    let s = loaded(snapshot([auditReport("a", 1), auditReport("b", 2)]))(initialState);
    const [a0, b0] = s.snapshot!.audit.reports;
    // The inspector judges report a while the next batch is being read.
    const verdict = { status: "confirmed" as const, note: "已核", by: "李四", at: "t" };
    const judged = { ...a0!, verdicts: { ...a0!.verdicts, "D02|t3": verdict } };
    s = reportUpdated({ report: judged, reportId: "a", savedAt: "2025-03-01T00:00:05.000Z" })(s);
    const a1 = s.snapshot!.audit.reports[0];
    // The batch's answer: its new report, and (were the host to send it again) a as it was before.
    const batch = changes([auditReport("n", 5), a0!], "2025-03-01T00:00:04.000Z");
    const t = imported({ changes: batch, outcomes: [], cancelled: 0 }, false)(s);
    const reports = t.snapshot!.audit.reports;
    expect(reports.map((r) => r.id)).toEqual(["a", "b", "n"]);
    expect(reports[0]).toBe(a1);
    expect(reports[0]!.verdicts["D02|t3"]).toEqual(verdict);
    expect(reports[1]).toBe(b0);
    expect(t.snapshot!.audit.failures.map((f) => f.id)).toEqual(["f1"]);
    // The mutation's later save time stays; the history number moves on.
    expect(t.snapshot!.savedAt).toBe("2025-03-01T00:00:05.000Z");
    expect(t.snapshot!.historySeq).toBe(9);
    // The same answer again adds nothing twice.
    const u = imported({ changes: batch, outcomes: [], cancelled: 0 }, false)(t);
    expect(u.snapshot!.audit.reports).toHaveLength(3);
    expect(u.snapshot!.audit.failures).toHaveLength(1);
  });

  it("refuses the changes of another audit", () => {
    const held = snapshot([auditReport("a", 1)]);
    const other = { ...changes([auditReport("n", 5)], "x"), auditId: "audit-2" };
    expect(mergeImport(held, other)).toBeNull();
    const s = loaded(held)(initialState);
    const t = imported({ changes: other, outcomes: [], cancelled: 0 })(s);
    expect(t.snapshot).toBe(s.snapshot);
  });
});
