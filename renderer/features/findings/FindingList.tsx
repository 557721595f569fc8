import { useState } from "react";
import { findingKey } from "../../../shared/model/finding.js";
import { renderMessage } from "../../../shared/messages/index.js";
import { useWorkbench } from "../../app/context.js";
import { SeverityIcon } from "../../ui/Severity.js";
import { FindingFilters } from "./FindingFilters.js";
import { FindingItem } from "./FindingItem.js";
import { visibleFindings } from "./filters.js";
import { findingLines } from "../../app/resolved.js";

export function FindingList() {
  const { state, report, reportChecks } = useWorkbench();
  const [showResolved, setShowResolved] = useState(false);
  if (!report || !reportChecks) return null;
  const all = reportChecks.findings;
  const list = visibleFindings(all, state.filter, report.verdicts);
  const resolved = reportChecks.resolved;
  return (
    <div className="nb-findings">
      <FindingFilters findings={all} />
      <ol className="nb-finding-list" aria-label="问题列表">
        {findingLines(list, reportChecks.partly).map(({ finding: f, also }) => {
          const keys = [f, ...also].map(findingKey);
          const selected = keys.includes(state.focus?.key ?? "");
          return <FindingItem key={keys[0]} finding={f} also={also} selected={selected} />;
        })}
      </ol>
      {list.length === 0 && (
        <div className="nb-empty-note">
          {all.length === 0 ? "规则检查未发现问题。" : "没有符合筛选条件的问题。"}
        </div>
      )}
      {resolved.length > 0 && (
        <div className="nb-resolved">
          <button
            type="button"
            className="nb-link"
            aria-expanded={showResolved}
            onClick={() => setShowResolved(!showResolved)}
          >
            {showResolved ? "▾" : "▸"} 已因更正消除的问题 {resolved.length} 项
          </button>
          {showResolved && (
            <ul>
              {resolved.map((f) => (
                <li key={findingKey(f)} className="nb-finding is-resolved">
                  <SeverityIcon severity={f.severity} />
                  <code className="nb-rule">{f.rule}</code>
                  <span className="nb-finding-text">{renderMessage(f)}</span>
                  <span className="nb-badge nb-badge-resolved">已更正</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
