import { useMemo, useState } from "react";
import { useWorkbench } from "../../app/context.js";
import { selectReport } from "../../app/focus.js";
import { SetGrid } from "../grid/SetGrid.js";
import { AgencyRanking } from "./AgencyRanking.js";
import { FamilyChart } from "./FamilyChart.js";
import { CopyList, PairList } from "./Links.js";
import { familyCounts } from "./families.js";
import { ROW_FILTERS, filterRows, type RowFilter } from "./filter.js";
import { copyViews, pairViews } from "./links.js";
import { agencyRanking } from "./ranking.js";
import { overviewRows } from "./rows.js";
import { setSummary } from "./summary.js";

/** The whole set at a glance: every report, the agencies and rule families with most problems. */
export function OverviewPane() {
  const { state, checks, dispatch } = useWorkbench();
  const reports = state.snapshot?.audit.reports;
  const [search, setSearch] = useState("");
  const [filter, setFilter] = useState<RowFilter>("all");
  const view = useMemo(() => {
    const list = reports ?? [];
    const rows = overviewRows(list, checks);
    return {
      rows,
      summary: setSummary(rows),
      ranks: agencyRanking(rows),
      families: familyCounts(checks.values()),
      pairs: pairViews(list, checks),
      copies: copyViews(list, checks),
    };
  }, [reports, checks]);
  const rows = useMemo(() => filterRows(view.rows, filter), [view.rows, filter]);
  const open = (id: string) => dispatch(selectReport(id));
  const s = view.summary;
  return (
    <section className="nb-overview" aria-label="整套概览">
      <div className="nb-pane nb-overview-table">
        <div className="nb-pane-head nb-overview-head">
          <h2>整套报告</h2>
          <dl className="nb-overview-stats">
            <div>
              <dt>报告</dt>
              <dd data-stat="reports">{s.reports}</dd>
            </div>
            <div>
              <dt>有错误</dt>
              <dd data-stat="errors" className="nb-set-error">
                {s.withErrors}
              </dd>
            </div>
            <div>
              <dt>逾期公布</dt>
              <dd data-stat="late">{s.late}</dd>
            </div>
            <div>
              <dt>已审问题</dt>
              <dd data-stat="reviewed">
                {s.reviewed}/{s.findings}
              </dd>
            </div>
          </dl>
          <span className="nb-spacer" />
          <div className="nb-chips" role="radiogroup" aria-label="筛选报告">
            {ROW_FILTERS.map((f) => (
              <button
                key={f.id}
                type="button"
                role="radio"
                aria-checked={filter === f.id}
                className={`nb-chip${filter === f.id ? " is-on" : ""}`}
                onClick={() => setFilter(f.id)}
              >
                {f.name}
              </button>
            ))}
          </div>
          <input
            type="search"
            className="nb-overview-search"
            placeholder="搜索机关、年度、文件…"
            aria-label="搜索报告"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <SetGrid rows={rows} search={search} onOpen={open} />
      </div>
      <aside className="nb-overview-side">
        <FamilyChart families={view.families} />
        <AgencyRanking ranks={view.ranks} onOpen={open} />
        <PairList pairs={view.pairs} onOpen={open} />
        <CopyList copies={view.copies} onOpen={open} />
      </aside>
    </section>
  );
}
