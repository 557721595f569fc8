import { useWorkbench } from "../app/context.js";

/** The audit file's history failed its hash chain when it was opened: say so, always. */
function TamperedBar() {
  const { state } = useWorkbench();
  const i = state.snapshot?.integrity;
  if (!i || i.ok) return null;
  return (
    <div className="nb-problem nb-tampered" role="alert">
      <span className="nb-problem-icon" aria-hidden>
        ⚠
      </span>
      <span>
        审核记录校验失败：第 {i.brokenAt} 条起的记录在保存后被改动或删除，审核文件可能被篡改。
        此后的新记录照常追加，原有记录保持原样以备核查。
      </span>
    </div>
  );
}

/** The last failed call, in Chinese (actions.ts: problemOf), until the inspector closes it. */
export function ProblemBar() {
  const { state, actions } = useWorkbench();
  const p = state.problem;
  if (!p) return <TamperedBar />;
  return (
    <div className="nb-problem" role="alert">
      <span className="nb-problem-icon" aria-hidden>
        ⚠
      </span>
      {/* The stable code is for support, not the inspector's eyes: kept out of the text. */}
      <span data-code={p.code || undefined}>操作未完成：{p.message}</span>
      <button type="button" className="nb-link" onClick={actions.dismissProblem}>
        关闭
      </button>
    </div>
  );
}
