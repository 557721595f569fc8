import type { ReadError } from "./errors.js";
import type { CellValue, Format, Level, Report, Span } from "./report.js";

export const AUDIT_VERSION = 1;

export type VerdictStatus = "confirmed" | "dismissed";

/** The inspector's judgement of one finding, kept with who and when. */
export interface Verdict {
  status: VerdictStatus;
  note: string;
  by: string;
  at: string;
}

/** The inspector's correction of a cell; the printed value stays in Report.cells. */
export interface Correction {
  value: CellValue;
  by: string;
  at: string;
}

export type RemarkTarget =
  | { kind: "report" }
  | { kind: "cell"; cell: string }
  | { kind: "text"; span: Span; quote: string };

export interface Remark {
  id: string;
  target: RemarkTarget;
  text: string;
  by: string;
  at: string;
}

/** Metadata the inspector set by hand; overrides what the reader inferred. */
export interface MetaOverride {
  agency?: string;
  level?: Level;
  year?: number;
}

export interface AuditReport {
  id: string;
  fileName: string;
  sha256: string;
  format: Format;
  importedAt: string;
  report: Report;
  corrections: Record<string, Correction>;
  /** Keyed by findingKey(). */
  verdicts: Record<string, Verdict>;
  remarks: Remark[];
  meta: MetaOverride;
}

/** A file the inspector imported that could not be read, kept so she sees why. */
export interface ImportFailure {
  id: string;
  fileName: string;
  error: ReadError;
  at: string;
}

export interface Audit {
  version: number;
  id: string;
  title: string;
  inspector: string;
  createdAt: string;
  updatedAt: string;
  reports: AuditReport[];
  failures: ImportFailure[];
}
