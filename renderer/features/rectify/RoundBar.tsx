import { useWorkbench } from "../../app/context.js";
import { stamp } from "../../app/format.js";
import { roundCandidates } from "./round.js";

/** The 整改复核 link in the report's head: which report this one corrects, or which it may. */
export function RoundBar() {
  const { report, state, actions } = useWorkbench();
  if (!report) return null;
  const all = state.snapshot?.audit.reports ?? [];
  const link = (of: string | null) => void actions.linkRound(report.id, of);
  if (report.round) {
    const original = all.find((r) => r.id === report.round?.of);
    return (
      <div className="nb-round">
        <span className="nb-badge nb-badge-round">整改复核 · 第{report.round.no}轮</span>
        <span>整改前报告：{original ? original.fileName : "（已移除）"}</span>
        <button type="button" className="nb-link" onClick={() => link(null)}>
          取消关联
        </button>
      </div>
    );
  }
  const candidates = roundCandidates(report, all);
  if (!candidates.length) return null;
  return (
    <div className="nb-round nb-round-offer">
      {candidates.map((c) => (
        <span key={c.id}>
          同一机关同一年度已有报告「{c.fileName}」（{stamp(c.importedAt)} 导入）
          <button type="button" className="nb-link" onClick={() => link(c.id)}>
            作为其整改后报告复核
          </button>
        </span>
      ))}
    </div>
  );
}
