import type { CellValue } from "../../../shared/model/report.js";
import type { Update } from "../state.js";

/**
 * The inspector's edit applied at once, before the host answers, so the rules re-run on it
 * immediately; the host's answer (reportUpdated) then replaces the report.
 */
export const correctLocally =
  (reportId: string, cell: string, value: CellValue, clear: boolean): Update =>
  (s) => {
    if (!s.snapshot) return s;
    const by = s.snapshot.audit.inspector;
    const at = new Date().toISOString();
    const reports = s.snapshot.audit.reports.map((r) => {
      if (r.id !== reportId) return r;
      const corrections = { ...r.corrections };
      if (clear) delete corrections[cell];
      else corrections[cell] = { value, by, at };
      return { ...r, corrections };
    });
    return { ...s, snapshot: { ...s.snapshot, audit: { ...s.snapshot.audit, reports } } };
  };
