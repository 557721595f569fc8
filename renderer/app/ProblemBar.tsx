import { useWorkbench } from "./context.js";

/** The last failed call, in the host's own words, until the inspector closes it. */
export function ProblemBar() {
  const { state, actions } = useWorkbench();
  const p = state.problem;
  if (!p) return null;
  return (
    <div className="nb-problem" role="alert">
      <span className="nb-problem-icon" aria-hidden>
        ⚠
      </span>
      <span>
        操作未完成：{p.message}
        {p.code ? <code className="nb-code">{p.code}</code> : null}
      </span>
      <button type="button" className="nb-link" onClick={actions.dismissProblem}>
        关闭
      </button>
    </div>
  );
}
