export type { AuditFileError, AuditFileErrorCode, HistoryEntry, StoredAudit } from "./types.js";
export { AUDIT_FILE_ERRORS, isAuditFileError } from "./types.js";
export { readAuditFile } from "./read.js";
export { writeAuditFile } from "./write.js";
export { newAudit } from "./new-audit.js";
export { readSettings, writeSettings, type Settings } from "./settings.js";
