import { useEffect, useRef, useState } from "react";
import { findingKey, type Finding } from "../../../shared/model/finding.js";
import {
  EMPTY_CELL_NAMES,
  VERDICT_NAMES,
  cellName,
  renderMessage,
} from "../../../shared/messages/index.js";
import type { VerdictStatus } from "../../../shared/model/audit.js";
import type { Span } from "../../../shared/model/report.js";
import { useWorkbench } from "../../app/context.js";
import { stamp } from "../../app/format.js";
import { SeverityIcon } from "../../ui/Severity.js";
import { ruleName } from "./filters.js";
import { focusFinding } from "./useFindingKeys.js";
import { focusOn } from "../../app/focus.js";
import { VerdictEditor } from "./VerdictEditor.js";
import { VERDICTS } from "./verdicts.js";
import { concernsFinding } from "../history/describe.js";
import { Timeline } from "../history/Timeline.js";
import { groupByOrigin } from "../history/lines.js";

/** A finding printed in a few places (the same misprint thrice) names each; beyond, the sentence says. */
const MAX_PLACES = 8;

const NONE: readonly Finding[] = [];

const shown = (v: unknown) => (v === null || v === undefined ? EMPTY_CELL_NAMES.blank : String(v));

export function FindingItem({
  finding: f,
  also = NONE,
  selected,
}: {
  finding: Finding;
  /** The other remains of the same partly cleared finding: one line, judged together. */
  also?: readonly Finding[];
  selected: boolean;
}) {
  const { state, dispatch, report, reportChecks, history } = useWorkbench();
  const [editing, setEditing] = useState<VerdictStatus | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const ref = useRef<HTMLLIElement>(null);
  const key = findingKey(f);
  const verdict = report?.verdicts[key];
  const stale = reportChecks?.stale.get(key);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: "nearest" });
  }, [selected]);
  // Another finding taken up (N / P, a click): this one's verdict form closes; one is open at most.
  const other =
    !!state.focus?.key &&
    state.focus.key !== key &&
    !also.some((a) => findingKey(a) === state.focus?.key);
  useEffect(() => {
    if (other) setEditing(null);
  }, [other]);
  const partly = reportChecks?.partly.has(key) ?? false;
  // Places in the text apart from the cells' own numbers (which the grid shows): labels, passages.
  const places = f.spans.filter(
    (s: Span) => !f.cells.some((c) => report?.report.cells[c]?.span[0] === s[0]),
  );
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
        {partly && <span className="nb-badge nb-badge-partly">部分已更正</span>}
        {also.map((a) => (
          <span key={findingKey(a)} className="nb-finding-text nb-finding-also">
            {renderMessage(a)}
          </span>
        ))}
      </button>
      {places.length > 1 && places.length <= MAX_PLACES && (
        <div className="nb-places" aria-label="原文位置">
          原文 {places.length} 处：
          {places.map((span, i) => (
            <button
              key={span[0]}
              type="button"
              className="nb-link"
              onClick={() => dispatch(focusOn({ cell: f.cells[0] ?? null, span, key }))}
            >
              第{i + 1}处
            </button>
          ))}
        </div>
      )}
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
      {!verdict && !editing && selected && (
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
      {editing && (
        <VerdictEditor finding={f} also={also} status={editing} onDone={() => setEditing(null)} />
      )}
      {showHistory && history && (
        <Timeline
          entries={history.entries.filter((e) =>
            [f, ...also].some((x) => concernsFinding(e, findingKey(x), x.cells)),
          )}
          empty="尚无记录。"
          groupOf={groupByOrigin(reportChecks?.partly)}
        />
      )}
    </li>
  );
}
