import { useEffect, useState } from "react";
import { useWorkbench } from "../../app/context.js";
import { dismissImports } from "../../app/audit-commands.js";
import { selectReport } from "../../app/focus.js";
import { OUTCOME_NAMES, outcomeKind, outcomeLine } from "./outcomes.js";

/** A notice where every file was imported as a new report stays this long, unless pointed at. */
const ALL_WELL_MS = 5000;

/** What became of each imported file, until the inspector closes it (itself, when all went well). */
export function ImportOutcomes() {
  const { state, dispatch } = useWorkbench();
  const notice = state.imports;
  const [held, setHeld] = useState(false);
  const allWell =
    !!notice &&
    notice.cancelled === 0 &&
    notice.outcomes.length > 0 &&
    notice.outcomes.every((o) => outcomeKind(o, notice.known) === "imported");
  useEffect(() => {
    if (!allWell || held) return;
    const t = window.setTimeout(() => dispatch(dismissImports), ALL_WELL_MS);
    return () => window.clearTimeout(t);
  }, [notice, allWell, held, dispatch]);
  if (!notice) return null;
  const reports = state.snapshot?.audit.reports ?? [];
  return (
    <aside
      className="nb-outcomes"
      role="status"
      aria-label="导入结果"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
    >
      <div className="nb-outcomes-head">
        <strong>导入结果</strong>
        <span>{outcomeLine(notice.outcomes, notice.known, notice.cancelled)}</span>
        <button
          type="button"
          className="nb-close"
          aria-label="关闭导入结果"
          onClick={() => dispatch(dismissImports)}
        >
          ×
        </button>
      </div>
      <ul className="nb-outcome-list">
        {notice.outcomes.map((o, i) => {
          const kind = outcomeKind(o, notice.known);
          const r = o.kind === "report" ? reports.find((x) => x.id === o.value) : undefined;
          return (
            <li key={i} className={`nb-outcome nb-outcome-${kind}`}>
              <span className="nb-outcome-kind">{OUTCOME_NAMES[kind]}</span>
              <span className="nb-outcome-file" title={o.file}>
                {o.file}
              </span>
              {r && (
                <button
                  type="button"
                  className="nb-link"
                  onClick={() => dispatch(selectReport(r.id))}
                >
                  {r.meta.agency ?? r.report.agency} {r.meta.year ?? r.report.year ?? ""}
                </button>
              )}
              {o.kind !== "report" && (
                // The stable code is for support, not the inspector's eyes: kept out of the text.
                <span className="nb-outcome-error" data-code={o.error.code}>
                  {o.error.message}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
