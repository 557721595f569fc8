import type { ReadError } from "./errors.js";
import type { ParamValue } from "./finding.js";
import type { CellValue, Format, Level, Report, Span } from "./report.js";
import type { RulePack, SavedRulePack } from "./rule-pack.js";

export const AUDIT_VERSION = 4;

/**
 * 确认问题 (a defect of the report), 解析有误 (nianbao read the cell wrong: the printed value
 * differs from what it read, counted apart from the report's defects), 非问题 (dismissed).
 */
export type VerdictStatus = "confirmed" | "misread" | "dismissed";

/** What a verdict judged: the finding's rule and code, its cells' values and its numbers then. */
export interface Evidence {
  rule: string;
  code: string;
  cells: Record<string, CellValue>;
  params: Record<string, ParamValue>;
}

/** The inspector's judgement of one finding, kept with who and when and what it judged. */
export interface Verdict {
  status: VerdictStatus;
  note: string;
  by: string;
  at: string;
  /** Absent in audits saved before verdicts kept their evidence. */
  evidence?: Evidence;
}

/** A second inspector's sign-off of a report, at a point of the audit's history. */
export interface Review {
  by: string;
  at: string;
  /** The last history entry the reviewer saw. */
  seq: number;
  note: string;
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
  review: Review | null;
  /** A corrected version of another report of the audit (整改复核): which, and which round. */
  round: Round | null;
}

export interface Round {
  /** The report this one corrects. */
  of: string;
  /** 2 for the first corrected version, and so on. */
  no: number;
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
  /** The rule pack the inspector set for the audit, saved with it (absent: none set). */
  rulePack?: SavedRulePack;
  /**
   * The rule pack every finding of the audit is checked under (absent: the catalog as bundled):
   * the saved one as read again on opening (packInForce), or `--rules` for one run of the CLI.
   */
  rules?: RulePack;
}
