import type { AuditReport } from "../model/audit.js";
import type { Report } from "../model/report.js";

/** Where a report came from: its id in the audit, its file, the SHA-256 of its bytes, when. */
export interface ReportOrigin {
  id: string;
  fileName: string;
  sha256: string;
  importedAt: string;
}

/** A report just read, as it enters an audit: nothing corrected, judged or remarked yet. */
export function newAuditReport(origin: ReportOrigin, report: Report): AuditReport {
  return {
    ...origin,
    format: report.format,
    report,
    corrections: {},
    verdicts: {},
    remarks: [],
    meta: {},
    review: null,
    round: null,
  };
}
