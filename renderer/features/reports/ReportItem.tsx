import { memo, useState } from "react";
import { SeverityCounts } from "../../ui/Severity.js";
import type { ReportSummary } from "./summary.js";
import { templateShortName } from "../../../shared/messages/index.js";

/**
 * One report of the list. It takes its callbacks as props and is memoised: the list of a large
 * audit is not drawn again for every progress answer of an import.
 */
export const ReportItem = memo(function ReportItem({
  summary: s,
  selected,
  onSelect,
  onRemove,
}: {
  summary: ReportSummary & { showFile: boolean };
  selected: boolean;
  onSelect: (id: string) => void;
  onRemove: (id: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const done = s.total > 0 && s.reviewed === s.total;
  return (
    <li
      className={`nb-report${selected ? " is-selected" : ""}`}
      role="option"
      aria-selected={selected}
      data-report-id={s.id}
      data-checked={s.checked}
      tabIndex={0}
      onClick={() => onSelect(s.id)}
      onKeyDown={(e) => e.key === "Enter" && onSelect(s.id)}
      title={s.fileName}
    >
      <div className="nb-report-agency">{s.agency}</div>
      <div className="nb-report-meta">
        <span>{s.year ? `${s.year}年度` : "年度不详"}</span>
        <span className={`nb-tag nb-tag-${s.template ?? "none"}`}>
          {s.template ? templateShortName(s.template) : "模板不详"}
        </span>
        <span>{s.levelName}</span>
      </div>
      {s.showFile && <div className="nb-report-file">{s.fileName}</div>}
      <div className="nb-report-stats">
        <SeverityCounts counts={s.counts} />
        <span className={`nb-progress${done ? " is-done" : ""}`}>
          已审 {s.reviewed}/{s.total}
        </span>
        {s.corrections > 0 && <span className="nb-muted">更正 {s.corrections}</span>}
      </div>
      {selected && !confirming && (
        <button
          type="button"
          className="nb-report-remove nb-link"
          onClick={(e) => {
            e.stopPropagation();
            setConfirming(true);
          }}
        >
          移除
        </button>
      )}
      {confirming && (
        <div className="nb-confirm" onClick={(e) => e.stopPropagation()}>
          <span>从审核中移除此报告？其更正、判定和备注将一并删除。</span>
          <button type="button" className="nb-danger" onClick={() => onRemove(s.id)}>
            确认移除
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            取消
          </button>
        </div>
      )}
    </li>
  );
});
