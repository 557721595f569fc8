import { useWorkbench } from "../../app/context.js";
import { Timeline } from "./Timeline.js";
import { groupByOrigin, timelineLines } from "./lines.js";

/** The report's timeline: everything done to it, in order, as the audit file's chain holds it. */
export function HistoryPane() {
  const { history, report, reportChecks } = useWorkbench();
  if (!history || !report) return <p className="nb-muted nb-timeline-empty">正在读取记录…</p>;
  const own = history.entries.filter((e) => e.reportId === report.id);
  const groupOf = groupByOrigin(reportChecks?.partly);
  return (
    <div className="nb-history">
      <p className={`nb-chain${history.integrity.ok ? "" : " is-broken"}`}>
        {history.integrity.ok
          ? `本报告记录 ${timelineLines(own, groupOf).length} 条；审核记录校验链完整，只增不改。`
          : `审核记录校验失败：第 ${history.integrity.brokenAt} 条记录在保存后被改动或删除。`}
      </p>
      <Timeline entries={own} empty="本报告尚无记录。" groupOf={groupOf} />
    </div>
  );
}
