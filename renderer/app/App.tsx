import { useEffect } from "react";
import type { NianbaoApi } from "../../shared/ipc/contract.js";
import { WorkbenchProvider, useWorkbench } from "./context.js";
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
import { OverviewPane } from "../features/overview/OverviewPane.js";
import { InspectorPrompt } from "./InspectorPrompt.js";

function Workbench() {
  const { state, actions, report } = useWorkbench();
  useEffect(() => void actions.reload(), [actions]);
  useFindingKeys();
  if (!state.snapshot)
    return (
      <div className="nb-loading">{state.problem ? state.problem.message : "正在打开审核…"}</div>
    );
  return (
    <div className="nb-app">
      <HeaderBar />
      <ProblemBar />
      <main className="nb-main">
        <ReportsPane />
        {state.view === "overview" ? (
          <OverviewPane />
        ) : report ? (
          <>
            <SourcePane key={report.id} />
            <section className="nb-right" aria-label="表格与问题">
              <GridPane />
              <FindingsPane />
            </section>
          </>
        ) : (
          <EmptyAudit />
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
