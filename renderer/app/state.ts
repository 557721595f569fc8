import type { AuditSnapshot, ImportOutcome } from "../../shared/ipc/contract.js";
import type { AuditReport } from "../../shared/model/audit.js";
import type { Severity } from "../../shared/model/finding.js";
import type { Span } from "../../shared/model/report.js";
import { NO_UNDO, type UndoHistory } from "../../shared/audit/index.js";

export type TableNo = 2 | 3 | 4;

/** What the panes show together: a cell, a text range and/or a finding, with a counter to re-trigger. */
export interface Focus {
  cell: string | null;
  span: Span | null;
  key: string | null;
  seq: number;
}

export interface ImportNotice {
  outcomes: ImportOutcome[];
  /** Report ids that were already in the audit before this import (duplicates). */
  known: string[];
  /** Files left unread because the inspector cancelled. */
  cancelled: number;
}

/** The files of an import being read: for the progress bar. */
export interface Importing {
  done: number;
  total: number;
  /** The file being read, when the host says. */
  current: string | null;
  cancelling: boolean;
}

/** The single-report workbench or the overview of the whole set. */
export type View = "report" | "overview";

export interface Problem {
  message: string;
  code: string | null;
}

/** Which findings the list shows. */
export interface FindingFilter {
  severities: Severity[];
  rule: string | null;
  /** Only findings without a verdict. */
  open: boolean;
}

export interface WorkbenchState {
  snapshot: AuditSnapshot | null;
  selectedId: string | null;
  focus: Focus | null;
  table: TableNo;
  filter: FindingFilter;
  imports: ImportNotice | null;
  /** Files being read and imported, for the progress bar. */
  importing: Importing | null;
  view: View;
  /** Changes sent and not yet answered. */
  saving: number;
  problem: Problem | null;
  /** The inspector's edits and verdicts, for Ctrl+Z / Ctrl+Shift+Z. */
  undo: UndoHistory;
}

export const initialState: WorkbenchState = {
  snapshot: null,
  selectedId: null,
  focus: null,
  table: 3,
  filter: { severities: ["error", "warning", "info"], rule: null, open: false },
  imports: null,
  importing: null,
  view: "report",
  saving: 0,
  problem: null,
  undo: NO_UNDO,
};

/** A UI command: a pure step from one state to the next (design.md example 5). */
export type Update = (s: WorkbenchState) => WorkbenchState;

export function reduce(s: WorkbenchState, u: Update): WorkbenchState {
  return u(s);
}

export function selectedReport(s: WorkbenchState): AuditReport | null {
  return s.snapshot?.audit.reports.find((r) => r.id === s.selectedId) ?? null;
}
