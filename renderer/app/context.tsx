import { createContext, useContext, useMemo, useReducer, type ReactNode } from "react";
import type { HistoryPage, NianbaoApi } from "../../shared/ipc/contract.js";
import { useHistory } from "../features/history/useHistory.js";
import type { AuditReport } from "../../shared/model/audit.js";
import { createActions, type Actions } from "./actions.js";
import { checkAudit, type ReportChecks } from "./checks.js";
import { initialState, reduce, type Update, type WorkbenchState } from "./state.js";

export interface Workbench {
  state: WorkbenchState;
  dispatch: (u: Update) => void;
  actions: Actions;
  /** Rule findings per report id, re-run whenever a report changes. */
  checks: Map<string, ReportChecks>;
  report: AuditReport | null;
  reportChecks: ReportChecks | null;
  /** The selected report's history (and the audit-wide entries), null until fetched. */
  history: HistoryPage | null;
}

const WorkbenchContext = createContext<Workbench | null>(null);

const NO_REPORTS: AuditReport[] = [];

export function WorkbenchProvider({ api, children }: { api: NianbaoApi; children: ReactNode }) {
  const [state, dispatch] = useReducer(reduce, initialState);
  const actions = useMemo(() => createActions(api, dispatch), [api]);
  const reports = state.snapshot?.audit.reports ?? NO_REPORTS;
  const audit = state.snapshot?.audit;
  const checks = useMemo(() => checkAudit(audit ?? { reports: NO_REPORTS }), [audit]);
  const report = reports.find((r) => r.id === state.selectedId) ?? null;
  const history = useHistory(api, report?.id ?? null, state.snapshot?.savedAt);
  const value = useMemo<Workbench>(
    () => ({
      state,
      dispatch,
      actions,
      checks,
      report,
      reportChecks: report ? (checks.get(report.id) ?? null) : null,
      history,
    }),
    [state, actions, checks, report, history],
  );
  return <WorkbenchContext.Provider value={value}>{children}</WorkbenchContext.Provider>;
}

export function useWorkbench(): Workbench {
  const w = useContext(WorkbenchContext);
  if (!w) throw new Error("useWorkbench outside WorkbenchProvider");
  return w;
}
