import { useWorkbench } from "../../app/context.js";
import { showView } from "../../app/focus.js";

/** Between the single-report workbench and the overview of the whole set. */
export function ViewSwitch() {
  const { state, dispatch } = useWorkbench();
  const n = state.snapshot?.audit.reports.length ?? 0;
  const tab = (view: "report" | "overview", name: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={state.view === view}
      className={`nb-view-tab${state.view === view ? " is-active" : ""}`}
      onClick={() => dispatch(showView(view))}
    >
      {name}
    </button>
  );
  return (
    <div className="nb-view-switch" role="tablist" aria-label="视图">
      {tab("report", "单份报告")}
      {tab("overview", `整套概览（${n}）`)}
    </div>
  );
}
