import { useEffect, useRef } from "react";
import { useWorkbench } from "../app/context.js";
import { focusOn, selectReport } from "../app/focus.js";
import { nextStep } from "../app/undo.js";

/** Typing in a field (or a grid cell's editor) keeps the field's own undo. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el?.closest) return false;
  return !!el.closest("input, textarea, select, [contenteditable=true], .ag-cell-inline-editing");
}

/**
 * Ctrl+Z takes back the last edit or verdict (a line's verdict on all its findings at once), Ctrl+Shift+Z (or Ctrl+Y) does it again: each step
 * is sent to the host as an action of its own, so the history records it, and shown.
 */
export function useUndoKeys() {
  const { state, dispatch, actions } = useWorkbench();
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typing(e.target)) return;
      const k = e.key.toLowerCase();
      const redo = (k === "z" && e.shiftKey) || (k === "y" && !e.shiftKey);
      if (k !== "z" && !redo) return;
      e.preventDefault();
      const s = latest.current;
      const next = nextStep(s, redo);
      if (!next) return;
      dispatch(next.update);
      // The next key press reads the history as it now stands, before React renders again.
      latest.current = next.update(s);
      const { reportId, send } = next;
      if (s.selectedId !== reportId) dispatch(selectReport(reportId));
      const r = s.snapshot?.audit.reports.find((x) => x.id === reportId);
      const edit = send.find((m) => m.kind === "correction");
      if (edit?.kind === "correction")
        dispatch(focusOn({ cell: edit.cell, span: r?.report.cells[edit.cell]?.span ?? null }));
      for (const m of send) void actions.send(reportId, m);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [dispatch, actions]);
}
