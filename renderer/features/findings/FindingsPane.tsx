import { useState } from "react";
import { useWorkbench } from "../../app/context.js";
import { FindingList } from "./FindingList.js";
import { RemarksPane } from "./RemarksPane.js";

/** The lower right pane: the report's findings, and the inspector's remarks. */
export function FindingsPane() {
  const { report, reportChecks } = useWorkbench();
  const [tab, setTab] = useState<"findings" | "remarks">("findings");
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
        <span className="nb-tab-title nb-muted">
          已审 {reportChecks.reviewed}/{n} · 按 N / P 或 F8 切换问题
        </span>
      </div>
      {tab === "findings" ? <FindingList /> : <RemarksPane />}
    </section>
  );
}
