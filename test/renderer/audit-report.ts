import type { AuditSnapshot } from "../../shared/ipc/contract.js";
import { newAuditReport } from "../../shared/audit/index.js";
import type { AuditReport } from "../../shared/model/audit.js";
import type { TemplateVersion } from "../../shared/model/report.js";
import { consistentReport } from "../gen/consistent-report.js";

/** A consistent generated report wrapped as one report of an audit, with nothing judged yet. */
export function auditReport(id: string, seed = 7, template: TemplateVersion = "2019"): AuditReport {
  const origin = { id, fileName: `${id}.txt`, sha256: id, importedAt: "2025-03-01T08:00:00.000Z" };
  return newAuditReport(origin, consistentReport(seed, template));
}

/** An audit of these reports as the host hands it to the page on opening. */
export function auditSnapshot(
  reports: AuditReport[],
  over: Partial<Pick<AuditSnapshot, "savedAt" | "historySeq">> & { id?: string } = {},
): AuditSnapshot {
  return {
    audit: {
      version: 1,
      id: over.id ?? "a",
      title: "2025年度检查",
      inspector: "李四",
      createdAt: "2025-03-01T00:00:00.000Z",
      updatedAt: "2025-03-01T00:00:00.000Z",
      reports,
      failures: [],
    },
    path: "/tmp/a.nbaudit",
    savedAt: over.savedAt ?? null,
    mode: "browser",
    integrity: { ok: true, brokenAt: null, entries: 0 },
    historySeq: over.historySeq ?? 0,
  };
}
