import { createContext, useContext, useMemo, useReducer, useRef, type ReactNode } from "react";
import type { HistoryPage, NianbaoApi } from "../../shared/ipc/contract.js";
import { useHistory } from "./useHistory.js";
import type { AuditReport } from "../../shared/model/audit.js";
import { createActions, type Actions } from "./actions.js";
import { checkAudit, type ReportChecks } from "./checks.js";
import { initialState, reduce, type Importing, type Update, type WorkbenchState } from "./state.js";

export interface Workbench {
  /** `importing` here says only whether an import runs; its progress is useImporting(). */
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
const ImportingContext = createContext<Importing | null>(null);

function onlyProgress(a: WorkbenchState, b: WorkbenchState): boolean {
  const keys = Object.keys(b) as (keyof WorkbenchState)[];
  if (keys.some((k) => k !== "importing" && a[k] !== b[k])) return false;
  return (a.importing === null) === (b.importing === null);
}

/**
 * The state the views see, kept as it was while only an import's progress moves: the host is
 * asked five times a second, and a large audit's panes are not drawn again for each answer.
 */
function useSteadyState(state: WorkbenchState): WorkbenchState {
  const last = useRef<{ state: WorkbenchState; shown: WorkbenchState } | null>(null);
  const prev = last.current;
  const shown = prev && onlyProgress(prev.state, state) ? prev.shown : state;
  last.current = { state, shown };
  return shown;
}

const NO_REPORTS: AuditReport[] = [];

export function WorkbenchProvider({ api, children }: { api: NianbaoApi; children: ReactNode }) {
  const [live, dispatch] = useReducer(reduce, initialState);
  const state = useSteadyState(live);
  const latest = useRef(live.snapshot);
  latest.current = live.snapshot;
  const actions = useMemo(() => createActions(api, dispatch, () => latest.current), [api]);
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
  return (
    <WorkbenchContext.Provider value={value}>
      <ImportingContext.Provider value={live.importing}>{children}</ImportingContext.Provider>
    </WorkbenchContext.Provider>
  );
}

export function useWorkbench(): Workbench {
  const w = useContext(WorkbenchContext);
  if (!w) throw new Error("useWorkbench outside WorkbenchProvider");
  return w;
}

/** The files of the running import read so far (null when none runs). */
export function useImporting(): Importing | null {
  return useContext(ImportingContext);
}
