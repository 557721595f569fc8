import { useState } from "react";
import { useWorkbench } from "../../app/context.js";
import { FindingList } from "./FindingList.js";
import { RemarksPane } from "./RemarksPane.js";
import { HistoryPane } from "../history/HistoryPane.js";
import { groupByOrigin, timelineLines } from "../history/lines.js";
import { RoundPane } from "../rectify/RoundPane.js";

/** The lower right pane: the report's findings, the inspector's remarks, the report's history. */
export function FindingsPane() {
  const { report, reportChecks, history } = useWorkbench();
  const [tab, setTab] = useState<"findings" | "remarks" | "history" | "round">("findings");
  if (!report || !reportChecks) return null;
  const n = reportChecks.findings.length;
  return (
    <section className="nb-pane nb-findings-pane" aria-label="问题与备注">
      <div className="nb-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={tab === "findings"}
          className={`nb-tab${tab === "findings" ? " is-active" : ""}`}
          onClick={() => setTab("findings")}
        >
          问题 <span className="nb-count">{n}</span>
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === "remarks"}
          className={`nb-tab${tab === "remarks" ? " is-active" : ""}`}
          onClick={() => setTab("remarks")}
        >
          备注 <span className="nb-count">{report.remarks.length}</span>
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === "history"}
          className={`nb-tab${tab === "history" ? " is-active" : ""}`}
          onClick={() => setTab("history")}
        >
          记录{" "}
          <span className="nb-count">
            {history
              ? timelineLines(
                  history.entries.filter((e) => e.reportId === report.id),
                  groupByOrigin(reportChecks.partly),
                ).length
              : "…"}
          </span>
        </button>
        {report.round && (
          <button
            type="button"
            role="tab"
            aria-selected={tab === "round"}
            className={`nb-tab${tab === "round" ? " is-active" : ""}`}
            onClick={() => setTab("round")}
          >
            整改复核
          </button>
        )}
        <span className="nb-tab-title nb-muted">
          已审 {reportChecks.reviewed}/{n}
          {reportChecks.stale.size > 0 && ` · 证据已变化 ${reportChecks.stale.size}`}
          {reportChecks.misread > 0 && ` · 解析有误 ${reportChecks.misread}`} · 按 N / P 或 F8
          切换问题
        </span>
      </div>
      {tab === "findings" ? (
        <FindingList />
      ) : tab === "remarks" ? (
        <RemarksPane />
      ) : tab === "round" && report.round ? (
        <RoundPane />
      ) : (
        <HistoryPane />
      )}
    </section>
  );
}
