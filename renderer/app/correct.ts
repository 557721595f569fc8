import type { CellValue } from "../../shared/model/report.js";
import { applyMutation } from "../../shared/audit/index.js";
import type { Update } from "./state.js";

/**
 * The inspector's edit applied at once, before the host answers, so the rules re-run on it
 * immediately; the host's answer (reportUpdated) then replaces the report.
 */
export const correctLocally =
  (reportId: string, cell: string, value: CellValue, clear: boolean): Update =>
  (s) => {
    const audit = s.snapshot?.audit;
    if (!s.snapshot || !audit?.reports.some((r) => r.id === reportId)) return s;
    const stamp = { by: audit.inspector, at: new Date().toISOString(), id: crypto.randomUUID() };
    const { next } = applyMutation(
      audit,
      reportId,
      { kind: "correction", cell, value, clear },
      stamp,
    );
    const reports = audit.reports.map((r) => (r.id === reportId && next ? next : r));
    return { ...s, snapshot: { ...s.snapshot, audit: { ...audit, reports } } };
  };
