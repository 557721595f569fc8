import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Audit, AuditReport, VerdictStatus } from "../../../shared/model/audit.js";
import { findingKey, type Finding } from "../../../shared/model/finding.js";
import { auditFindings } from "../../../shared/audit/findings.js";
import { auditFromFiles } from "../../../electron/node/services/file-audit.js";
import type { MemoRequest } from "../../../shared/memo/index.js";

export const CORPUS = fileURLToPath(new URL("../../fixtures/corpus/", import.meta.url));
export const CORPUS_TXT = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => CORPUS + f);
export const AT = "2024-03-01T08:00:00.000Z";

/** The five samples read from their .txt, nothing judged yet. */
export async function corpusAudit(): Promise<Audit> {
  const { audit, failures } = await auditFromFiles(CORPUS_TXT, "王检查");
  if (failures.length) throw new Error(JSON.stringify(failures));
  return audit;
}

/** The findings of each report as the workbench computes them. */
export function findingsOf(audit: Audit): Map<string, Finding[]> {
  const all = auditFindings(audit);
  return new Map(audit.reports.map((r, i) => [r.id, [...(all[i]?.findings ?? [])]]));
}

export function judge(r: AuditReport, f: Finding, status: VerdictStatus, note = "") {
  r.verdicts[findingKey(f)] = { status, note, by: "王检查", at: AT };
}

export const request = (over: Partial<MemoRequest> = {}): MemoRequest => ({
  reportIds: null,
  scope: "confirmed",
  includeDismissed: false,
  perReport: false,
  addressee: "",
  office: "某省人民政府办公厅",
  date: "2024-03-05",
  ...over,
});

export const byAgency = (audit: Audit, agency: string): AuditReport => {
  const r = audit.reports.find((x) => x.report.agency === agency);
  if (!r) throw new Error(`no report of ${agency}`);
  return r;
};
