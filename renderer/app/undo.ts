import {
  recordUndo,
  redoStep,
  undoStep,
  type Undoable,
  type UndoHistory,
  type UndoStep,
} from "../../shared/audit/index.js";
import type { Update, WorkbenchState } from "./state.js";

/**
 * A step of the undo history, tagged when it was done as one with its neighbours: the verdict of
 * a finding's line applies to every remain of the same partly cleared finding, and one Ctrl+Z
 * takes the whole line's verdict back.
 */
export type GroupedStep = UndoStep & { group?: number };

let groups = 0;

/** An edit or verdict about to be sent: a step of the undo history (before it is applied). */
export const recorded =
  (reportId: string, m: Undoable): Update =>
  (s) =>
    s.snapshot ? { ...s, undo: recordUndo(s.undo, s.snapshot.audit, reportId, m) } : s;

/** Actions done as one (a line's verdict on each of its findings): one step of the undo history. */
export function recordGroup(
  h: UndoHistory,
  audit: Parameters<typeof recordUndo>[1],
  reportId: string,
  ms: readonly Undoable[],
): UndoHistory {
  if (ms.length < 2) return ms[0] ? recordUndo(h, audit, reportId, ms[0]) : h;
  const group = ++groups;
  let next = h;
  for (const m of ms) next = recordUndo(next, audit, reportId, m);
  const added = next.done.slice(-ms.length).map((st): GroupedStep => ({ ...st, group }));
  return { done: [...next.done.slice(0, -ms.length), ...added], undone: next.undone };
}

export const recordedGroup =
  (reportId: string, ms: readonly Undoable[]): Update =>
  (s) =>
    s.snapshot ? { ...s, undo: recordGroup(s.undo, s.snapshot.audit, reportId, ms) } : s;

/** The steps one Ctrl+Z (redo: Ctrl+Shift+Z) takes, last first: one step, or a whole group. */
export function takeSteps(
  h: UndoHistory,
  redo: boolean,
): { steps: GroupedStep[]; history: UndoHistory } | null {
  const take = redo ? redoStep : undoStep;
  const first = take(h);
  if (!first) return null;
  const steps: GroupedStep[] = [first.step];
  let history = first.history;
  const group = (first.step as GroupedStep).group;
  while (group !== undefined) {
    const pile = redo ? history.undone : history.done;
    const top = pile[pile.length - 1] as GroupedStep | undefined;
    if (top?.group !== group) break;
    const more = take(history);
    if (!more) break;
    steps.push(more.step);
    history = more.history;
  }
  return { steps, history };
}

/** The steps Ctrl+Z (or Ctrl+Shift+Z) takes, with the actions to send for them, in order. */
export function nextStep(
  s: WorkbenchState,
  redo: boolean,
): { reportId: string; send: Undoable[]; update: Update } | null {
  const r = takeSteps(s.undo, redo);
  const first = r?.steps[0];
  if (!r || !first) return null;
  return {
    reportId: first.reportId,
    send: r.steps.map((st) => (redo ? st.done : st.back)),
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
