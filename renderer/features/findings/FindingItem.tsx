import { useEffect, useRef, useState } from "react";
import { findingKey } from "../../../shared/model/effective.js";
import type { Finding } from "../../../shared/model/finding.js";
import { renderMessage } from "../../../shared/messages/zh-CN.js";
import type { VerdictStatus } from "../../../shared/model/audit.js";
import { useWorkbench } from "../../app/context.js";
import { stamp } from "../../app/format.js";
import { SeverityIcon } from "../../ui/Severity.js";
import { ruleName } from "./filters.js";
import { focusFinding } from "./useFindingKeys.js";
import { VerdictEditor } from "./VerdictEditor.js";

export const VERDICT_NAMES: Record<VerdictStatus, string> = {
  confirmed: "已确认",
  dismissed: "已排除",
};

export function FindingItem({ finding: f, selected }: { finding: Finding; selected: boolean }) {
  const { dispatch, report } = useWorkbench();
  const [editing, setEditing] = useState<VerdictStatus | null>(null);
  const ref = useRef<HTMLLIElement>(null);
  const key = findingKey(f);
  const verdict = report?.verdicts[key];
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: "nearest" });
  }, [selected]);
  const cls = ["nb-finding", `nb-finding-${f.severity}`];
  if (selected) cls.push("is-selected");
  if (verdict) cls.push(`is-${verdict.status}`);
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
        </div>
      )}
      {!verdict && !editing && (
        <div className="nb-verdict-actions">
          <button type="button" className="nb-confirm-btn" onClick={() => setEditing("confirmed")}>
            确认
          </button>
          <button type="button" className="nb-dismiss-btn" onClick={() => setEditing("dismissed")}>
            排除
          </button>
        </div>
      )}
      {editing && <VerdictEditor finding={f} status={editing} onDone={() => setEditing(null)} />}
    </li>
  );
}
