import { useCallback, useMemo, useRef } from "react";
import { useWorkbench } from "../../app/context.js";
import { ImportBar } from "./ImportBar.js";
import { ReportItem } from "./ReportItem.js";
import { Failures } from "./Failures.js";
import { keepUnchanged, summarize } from "./summary.js";
import { ambiguous, byAgencyYear } from "../../app/order.js";
import { selectReport } from "../../app/focus.js";

export function ReportsPane() {
  const { state, checks, dispatch, actions } = useWorkbench();
  const onSelect = useCallback((id: string) => dispatch(selectReport(id)), [dispatch]);
  const onRemove = useCallback((id: string) => void actions.removeReport(id), [actions]);
  const reports = state.snapshot?.audit.reports;
  const shown = useRef(new Map<string, ReturnType<typeof keepUnchanged>[number]>());
  const items = useMemo(() => {
    const list = [...(reports ?? [])].sort(byAgencyYear);
    const twins = ambiguous(list);
    const next = keepUnchanged(
      shown.current,
      list.map((r) => ({ ...summarize(r, checks.get(r.id)), showFile: twins.has(r.id) })),
    );
    shown.current = new Map(next.map((i) => [i.id, i]));
    return next;
  }, [reports, checks]);
  const reviewed = items.reduce((n, i) => n + i.reviewed, 0);
  const total = items.reduce((n, i) => n + i.total, 0);
  return (
    <nav className="nb-pane nb-reports" aria-label="报告列表">
      <div className="nb-pane-head">
        <h2>
          报告 <span className="nb-count">{items.length}</span>
        </h2>
        {total > 0 && (
          <span className="nb-muted" title="全部报告中已确认或排除的问题">
            已审 {reviewed}/{total}
          </span>
        )}
      </div>
      <ImportBar />
      <ul className="nb-report-list" role="listbox" aria-label="审核中的报告">
        {items.map((s) => (
          <ReportItem
            key={s.id}
            summary={s}
            selected={s.id === state.selectedId}
            onSelect={onSelect}
            onRemove={onRemove}
          />
        ))}
      </ul>
      <Failures />
    </nav>
  );
}
