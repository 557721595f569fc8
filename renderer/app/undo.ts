import {
  recordUndo,
  redoStep,
  undoStep,
  type Undoable,
  type UndoStep,
} from "../../shared/audit/index.js";
import type { Update, WorkbenchState } from "./state.js";

/** An edit or verdict about to be sent: a step of the undo history (before it is applied). */
export const recorded =
  (reportId: string, m: Undoable): Update =>
  (s) =>
    s.snapshot ? { ...s, undo: recordUndo(s.undo, s.snapshot.audit, reportId, m) } : s;

/** The step Ctrl+Z (or Ctrl+Shift+Z) takes, with the action to send for it. */
export function nextStep(
  s: WorkbenchState,
  redo: boolean,
): { step: UndoStep; send: Undoable; update: Update } | null {
  const r = redo ? redoStep(s.undo) : undoStep(s.undo);
  if (!r) return null;
  return {
    step: r.step,
    send: redo ? r.step.done : r.step.back,
    update: (x) => ({ ...x, undo: r.history }),
  };
}

/** A report removed from the audit takes its steps with it. */
export const forgetReport =
  (reportId: string): Update =>
  (s) => ({
    ...s,
    undo: {
      done: s.undo.done.filter((x) => x.reportId !== reportId),
      undone: s.undo.undone.filter((x) => x.reportId !== reportId),
    },
  });
