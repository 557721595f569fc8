import { useMemo } from "react";
import { useWorkbench } from "../../app/context.js";
import {
  changedSections,
  compareRound,
  diffCells,
  ROUND_MARKS,
  type RoundMark,
} from "../../../shared/rectify/index.js";
import { cellName, renderMessage, sectionTitle } from "../../../shared/messages/index.js";
import { effectiveReport } from "../../../shared/audit/index.js";
import { SeverityIcon } from "../../ui/Severity.js";

const ORDER: RoundMark[] = ["open", "new", "fixed"];
const shown = (v: unknown) => (v === null ? "空白" : String(v));

/** 整改复核: each problem of the earlier round 已整改 / 未整改, new ones 新增, and what changed. */
export function RoundPane() {
  const { report, checks, state } = useWorkbench();
  const original = state.snapshot?.audit.reports.find((r) => r.id === report?.round?.of);
  const result = useMemo(() => {
    if (!report || !original) return null;
    const before = checks.get(original.id)?.findings ?? [];
    const after = checks.get(report.id)?.findings ?? [];
    const a = effectiveReport(original);
    const b = effectiveReport(report);
    return {
      items: compareRound(original, before, after),
      cells: diffCells(a, b),
      sections: changedSections(a, b),
    };
  }, [report, original, checks]);
  if (!result) return <p className="nb-muted nb-timeline-empty">整改前的报告已不在本审核中。</p>;
  const count = (m: RoundMark) => result.items.filter((i) => i.mark === m).length;
  return (
    <div className="nb-round-pane">
      <p className="nb-round-sum">
        {ORDER.map((m) => (
          <span key={m} className={`nb-badge nb-mark-${m}`}>
            {ROUND_MARKS[m]} {count(m)}
          </span>
        ))}
      </p>
      <ul className="nb-round-list">
        {ORDER.flatMap((m) =>
          result.items
            .filter((i) => i.mark === m)
            .map((i, k) => (
              <li key={`${m}-${k}`} className={`nb-round-item nb-round-${m}`} data-mark={m}>
                <span className={`nb-badge nb-mark-${m}`}>{ROUND_MARKS[m]}</span>
                <SeverityIcon severity={i.finding.severity} />
                <code className="nb-rule">{i.finding.rule}</code>
                <span>{renderMessage(i.now ?? i.finding)}</span>
              </li>
            )),
        )}
      </ul>
      <h4>修改的单元格（{result.cells.length}）</h4>
      {result.cells.length ? (
        <ul className="nb-round-cells">
          {result.cells.map((c) => (
            <li key={c.cell}>
              {cellName(c.cell)}：{shown(c.was)} → {shown(c.now)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="nb-muted">表格数值未改动。</p>
      )}
      <h4>正文有改动的部分</h4>
      <p className="nb-muted">
        {result.sections.length ? result.sections.map(sectionTitle).join("、") : "正文未改动。"}
      </p>
    </div>
  );
}
