import { useEffect } from "react";
import { findingKey, type Finding } from "../../../shared/model/finding.js";
import { useWorkbench } from "../../app/context.js";
import { focusOn } from "../../app/focus.js";
import { stepKey, visibleFindings } from "./filters.js";

/** Shows a finding in every pane: its first cell in the grid, its first span in the source. */
export function focusFinding(f: Finding) {
  return focusOn({ cell: f.cells[0] ?? null, span: f.spans[0] ?? null, key: findingKey(f) });
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el?.closest) return false;
  return !!el.closest("input, textarea, select, [contenteditable=true], .ag-root-wrapper");
}

/** n / p (or F8 / Shift+F8): next / previous finding of the list as filtered. */
export function useFindingKeys() {
  const { state, dispatch, report, reportChecks } = useWorkbench();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || !report || !reportChecks) return;
      let dir: 1 | -1 | 0 = 0;
      if (e.key === "F8") dir = e.shiftKey ? -1 : 1;
      else if (!typing(e.target) && (e.key === "n" || e.key === "p")) dir = e.key === "n" ? 1 : -1;
      if (!dir) return;
      e.preventDefault();
      const list = visibleFindings(reportChecks.findings, state.filter, report.verdicts);
      const key = stepKey(list.map(findingKey), state.focus?.key ?? null, dir);
      const f = list.find((x) => findingKey(x) === key);
      if (f) dispatch(focusFinding(f));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [state.filter, state.focus?.key, dispatch, report, reportChecks]);
}
