import type { Audit } from "../../../shared/model/audit.js";
import type { HistoryEntry, HistoryIntegrity } from "../../../shared/model/history.js";

export type { HistoryEntry } from "../../../shared/model/history.js";

/** Everything an audit file holds: the audit, the imported files' bytes by report id, the log. */
export interface StoredAudit {
  audit: Audit;
  sources: Map<string, Uint8Array>;
  history: HistoryEntry[];
  /** The history's hash chain as found when the file was opened (a new audit: intact). */
  integrity?: HistoryIntegrity;
}

export const AUDIT_FILE_ERRORS = {
  AUDIT_CORRUPT: "审核文件已损坏，无法打开",
  AUDIT_FOREIGN: "该文件不是年报审核文件（.nbaudit）",
  AUDIT_TOO_NEW: "该审核文件由更高版本的年报审核工作台保存，请升级本程序后再打开",
  AUDIT_UNREADABLE: "审核文件无法读取",
} as const;

export type AuditFileErrorCode = keyof typeof AUDIT_FILE_ERRORS;

export type AuditFileError = { code: AuditFileErrorCode; message: string };

export function auditFileError(code: AuditFileErrorCode, detail?: string): AuditFileError {
  return {
    code,
    message: detail ? `${AUDIT_FILE_ERRORS[code]}：${detail}` : AUDIT_FILE_ERRORS[code],
  };
}

export function isAuditFileError(x: StoredAudit | AuditFileError): x is AuditFileError {
  return "code" in x;
}
