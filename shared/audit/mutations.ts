import type { Audit, AuditReport, RemarkTarget, VerdictStatus } from "../model/audit.js";
import type { CellValue, Level } from "../model/report.js";
import { evidenceNow } from "./findings.js";

/** One inspector action on a report of the audit. */
export type Mutation =
  | { kind: "correction"; cell: string; value: CellValue; clear: boolean }
  | { kind: "verdict"; key: string; status: VerdictStatus | null; note: string }
  | { kind: "remark"; target: RemarkTarget; text: string }
  | { kind: "remark-delete"; remarkId: string }
  | { kind: "meta"; agency?: string; level?: Level; year?: number }
  /** Signed by `reviewer` (absent: the one who acts), never one who judged the report. */
  | { kind: "sign-off"; seq: number; note: string; reviewer?: string }
  | { kind: "round"; of: string | null }
  | { kind: "remove" };

/** Who acts, when (ISO time), and a fresh id for what the action creates: given by the caller. */
export interface Stamp {
  by: string;
  at: string;
  id: string;
}

export type MutatedAudit = Pick<Audit, "reports" | "rules">;

/**
 * The round a report of the audit is in (1 for one that corrects none), or undefined when it is
 * not in the audit or its chain of corrected versions passes through `reportId`.
 */
function roundOf(audit: MutatedAudit, id: string, reportId: string): number | undefined {
  const seen = new Set<string>();
  for (let at: string | undefined = id; at; ) {
    if (at === reportId || seen.has(at)) return undefined;
    seen.add(at);
    at = audit.reports.find((x) => x.id === at)?.round?.of;
  }
  const r = audit.reports.find((x) => x.id === id);
  return r ? (r.round?.no ?? 1) : undefined;
}

/**
 * One inspector action applied to a report of the audit, purely: the report as it then stands
 * (null: removed) and what changed, for the history. The host persists it; the workbench
 * applies it at once for an instant update, then takes the host's answer.
 */
export function applyMutation(
  audit: MutatedAudit,
  reportId: string,
  m: Mutation,
  { by, at, id }: Stamp,
): { next: AuditReport | null; detail: Record<string, unknown> } {
  const index = audit.reports.findIndex((x) => x.id === reportId);
  const r = audit.reports[index];
  if (!r) throw new Error(`审核中没有该报告（${reportId}）`);
  switch (m.kind) {
    case "correction": {
      const corrections = { ...r.corrections };
      const before = corrections[m.cell]?.value ?? r.report.cells[m.cell]?.value ?? null;
      if (m.clear) delete corrections[m.cell];
      else corrections[m.cell] = { value: m.value, by, at };
      return {
        next: { ...r, corrections },
        detail: { cell: m.cell, from: before, to: m.clear ? "（恢复原值）" : m.value },
      };
    }
    case "verdict": {
      const verdicts = { ...r.verdicts };
      const before = verdicts[m.key]?.status ?? null;
      const evidence = evidenceNow(audit, index, m.key) ?? verdicts[m.key]?.evidence;
      if (m.status === null) delete verdicts[m.key];
      else
        verdicts[m.key] = { status: m.status, note: m.note, by, at, ...(evidence && { evidence }) };
      return {
        next: { ...r, verdicts },
        detail: {
          key: m.key,
          from: before,
          status: m.status,
          note: m.note,
          evidence: evidence ?? null,
        },
      };
    }
    case "remark": {
      const remark = { id, target: m.target, text: m.text, by, at };
      return {
        next: { ...r, remarks: [...r.remarks, remark] },
        detail: { remarkId: remark.id, text: m.text },
      };
    }
    case "remark-delete":
      return {
        next: { ...r, remarks: r.remarks.filter((x) => x.id !== m.remarkId) },
        detail: { remarkId: m.remarkId },
      };
    case "meta": {
      const meta = { ...r.meta };
      if (m.agency !== undefined) meta.agency = m.agency || undefined;
      if (m.level !== undefined) meta.level = m.level;
      if (m.year !== undefined) meta.year = m.year;
      return { next: { ...r, meta }, detail: { agency: m.agency, level: m.level, year: m.year } };
    }
    case "sign-off": {
      const reviewer = m.reviewer ?? by;
      const judged = Object.values(r.verdicts).some((v) => v.by === reviewer);
      if (judged) throw new Error(`复核须由另一位检查人员签字：${reviewer}判定过该报告的问题`);
      const review = { by: reviewer, at, seq: m.seq, note: m.note };
      return { next: { ...r, review }, detail: { seq: m.seq, note: m.note } };
    }
    case "round": {
      if (m.of === null) return { next: { ...r, round: null }, detail: { of: null } };
      const base = m.of === r.id ? undefined : roundOf(audit, m.of, r.id);
      if (base === undefined) throw new Error("整改前的报告不在本审核中");
      const round = { of: m.of, no: base + 1 };
      return { next: { ...r, round }, detail: { of: m.of, round: round.no, fileName: r.fileName } };
    }
    case "remove":
      return { next: null, detail: { fileName: r.fileName } };
  }
}

/** The inspector's actions that Ctrl+Z takes back: edits of cells and verdicts. */
export type Undoable = Extract<Mutation, { kind: "correction" | "verdict" }>;

/** One step of the undo history: the action done on a report and the action that takes it back. */
export interface UndoStep {
  reportId: string;
  done: Undoable;
  back: Undoable;
}

/** Steps done (last is undone first) and steps undone (last is redone first). */
export interface UndoHistory {
  done: readonly UndoStep[];
  undone: readonly UndoStep[];
}

export const NO_UNDO: UndoHistory = { done: [], undone: [] };

/** How many steps are kept: a day's work, not the audit's whole life (the history keeps that). */
const UNDO_LIMIT = 200;

/** The action that puts back what `m` changes on `r`, as `r` stands before `m`. */
export function inverseOf(r: AuditReport, m: Undoable): Undoable {
  if (m.kind === "correction") {
    const c = r.corrections[m.cell];
    return c
      ? { kind: "correction", cell: m.cell, value: c.value, clear: false }
      : { kind: "correction", cell: m.cell, value: null, clear: true };
  }
  const v = r.verdicts[m.key];
  return v
    ? { kind: "verdict", key: m.key, status: v.status, note: v.note }
    : { kind: "verdict", key: m.key, status: null, note: "" };
}

/** `m` done on report `reportId` of `audit`: a new step, and nothing left to redo. */
export function recordUndo(
  h: UndoHistory,
  audit: Pick<Audit, "reports">,
  reportId: string,
  m: Undoable,
): UndoHistory {
  const r = audit.reports.find((x) => x.id === reportId);
  if (!r) return h;
  const step = { reportId, done: m, back: inverseOf(r, m) };
  return { done: [...h.done, step].slice(-UNDO_LIMIT), undone: [] };
}

/** The step to take back (send its `back`), and the history after it; null when none. */
export function undoStep(h: UndoHistory): { step: UndoStep; history: UndoHistory } | null {
  const step = h.done[h.done.length - 1];
  if (!step) return null;
  return { step, history: { done: h.done.slice(0, -1), undone: [...h.undone, step] } };
}

/** The step to do again (send its `done`), and the history after it; null when none. */
export function redoStep(h: UndoHistory): { step: UndoStep; history: UndoHistory } | null {
  const step = h.undone[h.undone.length - 1];
  if (!step) return null;
  return { step, history: { done: [...h.done, step], undone: h.undone.slice(0, -1) } };
}
