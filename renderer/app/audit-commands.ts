import type { AuditSnapshot, ImportResult, ReportUpdate } from "../../shared/ipc/contract.js";
import type { AuditReport } from "../../shared/model/audit.js";
import type { Importing, Problem, Update, WorkbenchState } from "./state.js";
import { byAgencyYear } from "./order.js";
import { mergeImport } from "./merge-import.js";

function keepSelection(s: WorkbenchState, reports: AuditReport[]): string | null {
  if (s.selectedId && reports.some((r) => r.id === s.selectedId)) return s.selectedId;
  return [...reports].sort(byAgencyYear)[0]?.id ?? null;
}

/** The audit as the host holds it (first load, reload after an error, inspector renamed). */
export const loaded =
  (snapshot: AuditSnapshot): Update =>
  (s) => {
    const selectedId = keepSelection(s, snapshot.audit.reports);
    return { ...s, snapshot, selectedId, focus: selectedId === s.selectedId ? s.focus : null };
  };

/**
 * The answer with the parse result already held: a mutation never re-reads the file, and keeping
 * the object lets the rules reuse what they derived from its text.
 */
function sameParse(held: AuditReport, answer: AuditReport): AuditReport {
  const same = held.sha256 === answer.sha256 && held.importedAt === answer.importedAt;
  return same ? { ...answer, report: held.report } : answer;
}

/** A mutation's answer: the report as it now stands (null: removed) and the save time. */
export const reportUpdated =
  (u: ReportUpdate): Update =>
  (s) => {
    if (!s.snapshot) return s;
    const old = s.snapshot.audit.reports;
    const i = old.findIndex((r) => r.id === u.reportId);
    let reports = old;
    if (i >= 0 && u.report)
      reports = old.map((r) => (r.id === u.reportId ? sameParse(r, u.report as AuditReport) : r));
    else if (i >= 0) reports = old.filter((r) => r.id !== u.reportId);
    let selectedId = s.selectedId;
    if (!u.report && s.selectedId === u.reportId) {
      // The next report in the list takes the removed one's place (the one before, at the end).
      const listed = [...old].sort(byAgencyYear);
      const at = listed.findIndex((r) => r.id === u.reportId);
      selectedId = (listed[at + 1] ?? listed[at - 1])?.id ?? null;
    }
    const audit = { ...s.snapshot.audit, reports, updatedAt: u.savedAt };
    return {
      ...s,
      snapshot: { ...s.snapshot, audit, savedAt: u.savedAt },
      selectedId,
      focus: selectedId === s.selectedId ? s.focus : null,
    };
  };

/**
 * Files imported: the reports they added merged into the audit held, the outcomes panel, and the
 * first new report opened. The later batches of one import (`open` false) leave the report the
 * inspector is looking at.
 */
export const imported =
  (r: ImportResult, open = true): Update =>
  (s) => {
    const before = new Set(s.snapshot?.audit.reports.map((x) => x.id) ?? []);
    const ids = r.outcomes.flatMap((o) => (o.kind === "report" ? [o.value] : []));
    const first = open ? ids.find((id) => !before.has(id)) : undefined;
    const known = ids.filter((id) => before.has(id));
    const prev = s.imports;
    const merged = s.snapshot && mergeImport(s.snapshot, r.changes);
    const next = merged ? loaded(merged)(s) : s;
    return {
      ...next,
      selectedId: first ?? next.selectedId,
      focus: first ? null : next.focus,
      imports: {
        outcomes: [...(prev?.outcomes ?? []), ...r.outcomes],
        known: [...(prev?.known ?? []), ...known],
        cancelled: (prev?.cancelled ?? 0) + r.cancelled,
      },
    };
  };

export const dismissImports: Update = (s) => ({ ...s, imports: null });

export const importProgress =
  (p: Importing | null): Update =>
  (s) => ({ ...s, importing: p });

/** Files the renderer did not send because the inspector cancelled. */
export const importCancelled =
  (n: number): Update =>
  (s) =>
    n > 0
      ? {
          ...s,
          imports: {
            outcomes: s.imports?.outcomes ?? [],
            known: s.imports?.known ?? [],
            cancelled: (s.imports?.cancelled ?? 0) + n,
          },
        }
      : s;

/** Outcomes read on the client (a folder's non-report files) join the panel without a host call. */
export const importNotes =
  (outcomes: ImportResult["outcomes"]): Update =>
  (s) =>
    outcomes.length
      ? {
          ...s,
          imports: {
            outcomes: [...(s.imports?.outcomes ?? []), ...outcomes],
            known: s.imports?.known ?? [],
            cancelled: s.imports?.cancelled ?? 0,
          },
        }
      : s;

export const saving =
  (delta: 1 | -1): Update =>
  (s) => ({ ...s, saving: Math.max(0, s.saving + delta) });

export const failed =
  (p: Problem | null): Update =>
  (s) => ({ ...s, problem: p });
