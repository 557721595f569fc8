import { useEffect, useRef, useState } from "react";
import { findingKey, type Finding } from "../../../shared/model/finding.js";
import { VERDICT_NAMES, cellName, renderMessage } from "../../../shared/messages/index.js";
import type { VerdictStatus } from "../../../shared/model/audit.js";
import { useWorkbench } from "../../app/context.js";
import { stamp } from "../../app/format.js";
import { SeverityIcon } from "../../ui/Severity.js";
import { ruleName } from "./filters.js";
import { focusFinding } from "./useFindingKeys.js";
import { VerdictEditor } from "./VerdictEditor.js";
import { VERDICTS } from "./verdicts.js";
import { concernsFinding } from "../history/describe.js";
import { Timeline } from "../history/Timeline.js";

const shown = (v: unknown) => (v === null || v === undefined ? "空白" : String(v));

export function FindingItem({ finding: f, selected }: { finding: Finding; selected: boolean }) {
  const { dispatch, report, reportChecks, history } = useWorkbench();
  const [editing, setEditing] = useState<VerdictStatus | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const ref = useRef<HTMLLIElement>(null);
  const key = findingKey(f);
  const verdict = report?.verdicts[key];
  const stale = reportChecks?.stale.get(key);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: "nearest" });
  }, [selected]);
  const cls = ["nb-finding", `nb-finding-${f.severity}`];
  if (selected) cls.push("is-selected");
  if (verdict) cls.push(`is-${verdict.status}`);
  if (stale) cls.push("is-stale");
  return (
    <li ref={ref} className={cls.join(" ")} data-key={key} data-rule={f.rule}>
      <button type="button" className="nb-finding-main" onClick={() => dispatch(focusFinding(f))}>
        <SeverityIcon severity={f.severity} />
        <code className="nb-rule" title={ruleName(f.rule)}>
          {f.rule}
        </code>
        <span className="nb-finding-text">{renderMessage(f)}</span>
      </button>
      {verdict && !editing && (
        <div className="nb-verdict">
          <span className={`nb-badge nb-badge-${verdict.status}`}>
            {VERDICT_NAMES[verdict.status]}
          </span>
          {verdict.note && <span className="nb-verdict-note">{verdict.note}</span>}
          <span className="nb-muted">
            {verdict.by} · {stamp(verdict.at)}
          </span>
          <button type="button" className="nb-link" onClick={() => setEditing(verdict.status)}>
            修改
          </button>
          <button
            type="button"
            className="nb-link"
            aria-expanded={showHistory}
            onClick={() => setShowHistory(!showHistory)}
          >
            {showHistory ? "收起历史" : "历史"}
          </button>
        </div>
      )}
      {verdict && stale && !editing && (
        <div className="nb-stale" role="note">
          <span className="nb-badge nb-badge-stale">证据已变化</span>
          {stale.cells.length
            ? stale.cells
                .map((c) => `${cellName(c.cell)}：判定时 ${shown(c.was)}，现为 ${shown(c.now)}`)
                .join("；")
            : "判定后问题所涉数字已变化"}
          ，请重新判定。
        </div>
      )}
      {!verdict && !editing && (
        <div className="nb-verdict-actions">
          {VERDICTS.map((v) => (
            <button
              key={v.status}
              type="button"
              className={`nb-verdict-btn nb-verdict-btn-${v.status}`}
              onClick={() => setEditing(v.status)}
            >
              {v.action}
            </button>
          ))}
        </div>
      )}
      {editing && <VerdictEditor finding={f} status={editing} onDone={() => setEditing(null)} />}
      {showHistory && history && (
        <Timeline
          entries={history.entries.filter((e) => concernsFinding(e, key, f.cells))}
          empty="尚无记录。"
        />
      )}
    </li>
  );
}
