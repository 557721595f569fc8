import { newAuditReport } from "../../shared/audit/index.js";
import type { AuditReport } from "../../shared/model/audit.js";
import type { TemplateVersion } from "../../shared/model/report.js";
import { consistentReport } from "../gen/consistent-report.js";

/** A consistent generated report wrapped as one report of an audit, with nothing judged yet. */
export function auditReport(id: string, seed = 7, template: TemplateVersion = "2019"): AuditReport {
  const origin = { id, fileName: `${id}.txt`, sha256: id, importedAt: "2025-03-01T08:00:00.000Z" };
  return newAuditReport(origin, consistentReport(seed, template));
}
