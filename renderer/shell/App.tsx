import { useEffect, useRef, type CSSProperties } from "react";
import type { NianbaoApi } from "../../shared/ipc/contract.js";
import { WorkbenchProvider, useWorkbench } from "../app/context.js";
import { HeaderBar } from "./HeaderBar.js";
import { ProblemBar } from "./ProblemBar.js";
import { ReportsPane } from "../features/reports/ReportsPane.js";
import { DropZone } from "../features/reports/DropZone.js";
import { ImportOutcomes } from "../features/reports/ImportOutcomes.js";
import { EmptyAudit } from "../features/reports/EmptyAudit.js";
import { SourcePane } from "../features/source/SourcePane.js";
import { GridPane } from "../features/grid/GridPane.js";
import { FindingsPane } from "../features/findings/FindingsPane.js";
import { useFindingKeys } from "../features/findings/useFindingKeys.js";
import { useUndoKeys } from "./useUndoKeys.js";
import { OverviewPane } from "../features/overview/OverviewPane.js";
import { Splitter } from "../ui/Splitter.js";
import { usePaneSizes } from "../ui/usePaneSizes.js";

/** The width (or height) of the element matching `sel` inside `root`. */
function measure(root: HTMLElement | null, sel: string, axis: "x" | "y"): number {
  const r = root?.querySelector(sel)?.getBoundingClientRect();
  return r ? (axis === "x" ? r.width : r.height) : 0;
}
import { InspectorPrompt } from "./InspectorPrompt.js";

function Workbench() {
  const { state, actions, report } = useWorkbench();
  const { sizes, set } = usePaneSizes();
  const main = useRef<HTMLElement>(null);
  useEffect(() => void actions.reload(), [actions]);
  useFindingKeys();
  useUndoKeys();
  if (!state.snapshot)
    return (
      <div className="nb-loading">{state.problem ? state.problem.message : "正在打开审核…"}</div>
    );
  const width = () => main.current?.clientWidth ?? 1366;
  const height = () => main.current?.clientHeight ?? 700;
  const vars = {
    ...(sizes.list && { "--nb-list-w": `${sizes.list}px` }),
    ...(sizes.source && { "--nb-source-w": `${sizes.source}px` }),
  } as CSSProperties;
  const workbench = state.view !== "overview" && report;
  return (
    <div className="nb-app">
      <HeaderBar />
      <ProblemBar />
      <main ref={main} className="nb-main" style={vars}>
        <ReportsPane />
        <Splitter
          axis="x"
          label="调整报告列表宽度"
          className="nb-split-list"
          size={() => measure(main.current, ".nb-reports", "x")}
          min={160}
          max={() => width() * 0.3}
          onSize={(px) => set("list", px)}
        />
        {state.view === "overview" ? (
          <OverviewPane />
        ) : report ? (
          <>
            <SourcePane key={report.id} />
            <section
              className={`nb-right nb-right-t${state.table}${sizes.grid ? " has-grid-h" : ""}`}
              aria-label="表格与问题"
              style={sizes.grid ? ({ "--nb-grid-h": `${sizes.grid}px` } as CSSProperties) : {}}
            >
              <GridPane />
              <Splitter
                axis="y"
                label="调整表格与问题区高度"
                size={() => measure(main.current, ".nb-grid-pane", "y")}
                min={160}
                max={() => height() - 140}
                onSize={(px) => set("grid", px)}
              />
              <FindingsPane />
            </section>
          </>
        ) : (
          <EmptyAudit />
        )}
        {workbench && (
          <Splitter
            axis="x"
            label="调整原文区宽度"
            className="nb-split-source"
            size={() => measure(main.current, ".nb-source", "x")}
            min={280}
            max={() => width() - (sizes.list ?? 236) - 520}
            onSize={(px) => set("source", px)}
          />
        )}
      </main>
      <ImportOutcomes />
      <InspectorPrompt />
      <DropZone />
    </div>
  );
}

export function App({ api }: { api: NianbaoApi }) {
  return (
    <WorkbenchProvider api={api}>
      <Workbench />
    </WorkbenchProvider>
  );
}
