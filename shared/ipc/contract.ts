import type { Audit, AuditReport, ImportFailure } from "../model/audit.js";
import type { FileOutcome } from "../model/outcome.js";
import type { RulePackProblem } from "../model/rule-pack.js";
import type { HistoryEntry, HistoryIntegrity } from "../model/history.js";
import type { Channel, ImportProgress, RequestOf } from "./schemas.js";

export type { Channel, RequestOf } from "./schemas.js";
export { CHANNELS, REQUESTS } from "./schemas.js";

export type HostMode = "electron" | "browser";

export interface AuditSnapshot {
  audit: Audit;
  /** Where the audit is saved. */
  path: string;
  savedAt: string | null;
  mode: HostMode;
  /** The audit file's history as found when it was opened. */
  integrity: HistoryIntegrity;
  /** The newest history entry's number: what a reviewer signs off up to. */
  historySeq: number;
}

export interface HistoryPage {
  entries: HistoryEntry[];
  integrity: HistoryIntegrity;
}

/** One imported file's outcome; a report is named by its id in the audit. */
export type ImportOutcome = Exclude<FileOutcome<string>, { kind: "cancelled" }>;

/**
 * What one import added to the audit, not the audit itself: a large set is imported in many
 * batches, and sending the whole audit with each answer made the page stop answering while it
 * read it. The renderer merges it into the audit it holds (renderer/app/merge-import.ts) and asks
 * for the whole audit (audit:get) when it holds none, or another one.
 */
export interface ImportChanges {
  auditId: string;
  /** The reports this import added, as they stand when it answers. */
  reports: AuditReport[];
  /** The files this import could not read, as recorded in the audit. */
  failures: ImportFailure[];
  updatedAt: string;
  savedAt: string | null;
  historySeq: number;
}

export interface ImportResult {
  changes: ImportChanges;
  outcomes: ImportOutcome[];
  /** Files not read because the inspector cancelled the import. */
  cancelled: number;
}

/** The import being read in the parse workers, polled by the renderer (IPC and HTTP alike). */
export type { ImportProgress } from "./schemas.js";

/** A mutation's answer: the report as it now stands and when the audit was saved. */
export interface ReportUpdate {
  report: AuditReport | null;
  reportId: string;
  savedAt: string;
}

/** A produced file: its name, media type and bytes (base64). */
export interface ExportFile {
  name: string;
  mime: string;
  data: string;
}

/** How the host delivered an export: handed to the page to download, saved, or cancelled. */
export type ExportResult =
  | { kind: "download"; files: ExportFile[] }
  | { kind: "saved"; paths: string[] }
  | { kind: "cancelled" };
/**
 * Setting the audit's rule pack: set (the audit as now checked), refused (why, entry by entry:
 * nothing of the pack applies), or no file chosen.
 */
export type RulePackAnswer =
  | { kind: "set"; snapshot: AuditSnapshot }
  | { kind: "refused"; fileName: string; problem: RulePackProblem }
  | { kind: "cancelled" };

/** A page of a report's source drawn as an image (a scanned report's source pane). */
export interface PageImage {
  reportId: string;
  page: number;
  /** The page size in points: OcrMark boxes are in this unit. */
  width: number;
  height: number;
  /** data: URL of a JPEG. */
  src: string;
}

/** The scan an import is recognising: pages done of all. */
export interface OcrStatus {
  fileName: string;
  page: number;
  pages: number;
}

export interface Responses {
  "audit:get": AuditSnapshot;
  "audit:import": ImportResult;
  "audit:importPaths": ImportResult;
  "audit:chooseFiles": ImportResult | null;
  "audit:setCorrection": ReportUpdate;
  "audit:setVerdict": ReportUpdate;
  "audit:addRemark": ReportUpdate;
  "audit:deleteRemark": ReportUpdate;
  "audit:setMeta": ReportUpdate;
  "audit:removeReport": ReportUpdate;
  "audit:setInspector": AuditSnapshot;
  "audit:history": HistoryPage;
  "audit:signOff": ReportUpdate;
  "audit:linkRound": ReportUpdate;
  "audit:export": ExportResult;
  "audit:pageImage": PageImage;
  "audit:ocrStatus": OcrStatus | null;
  "audit:cancelOcr": boolean;
  "audit:importProgress": ImportProgress;
  "audit:cancelImport": { cancelled: boolean };
  "audit:setRulePack": RulePackAnswer;
  "audit:chooseRulePack": RulePackAnswer;
  "audit:clearRulePack": AuditSnapshot;
}

/** The one service interface of nianbao: Electron IPC and the browser-mode host both serve it. */
export type NianbaoApi = { [C in Channel]: (request: RequestOf<C>) => Promise<Responses[C]> };

/** What a failed call answers with (validation error, unknown channel, service error). */
export interface ApiError {
  code: "INVALID_REQUEST" | "UNKNOWN_CHANNEL" | "FORBIDDEN" | "SERVICE_ERROR";
  message: string;
}
