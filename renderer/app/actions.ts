import type {
  AuditSnapshot,
  ExportResult,
  ImportResult,
  NianbaoApi,
  ReportUpdate,
  RequestOf,
  RulePackAnswer,
} from "../../shared/ipc/contract.js";
import type { CellValue, Level } from "../../shared/model/report.js";
import type { RemarkTarget, VerdictStatus } from "../../shared/model/audit.js";
import { ApiCallError } from "../api.js";
import { errorText } from "../../shared/messages/index.js";
import {
  failed,
  imported,
  importProgress,
  loaded,
  reportUpdated,
  saving,
} from "./audit-commands.js";
import { pollImport } from "./progress.js";
import { correctLocally } from "./correct.js";
import { forgetReport, recorded, recordedGroup } from "./undo.js";
import type { Undoable } from "../../shared/audit/index.js";
import { checkInSteps, createHeld } from "./held.js";
import type { Update } from "./state.js";
import { mergeImport } from "./merge-import.js";

export type Upload = RequestOf<"audit:import">["files"][number];

/** What setting the rule pack came to: the host's answer, or a call that failed. */
export type RulePackOutcome =
  | RulePackAnswer
  | { kind: "failed"; message: string; code: string | null };

/** A failed call as the inspector reads it: in Chinese, never a library's or a developer's words. */
function problemOf(e: unknown) {
  if (e instanceof ApiCallError) return { message: errorText(e.code, e.message), code: e.code };
  return { message: errorText(null, e instanceof Error ? e.message : String(e)), code: null };
}

const pick = ({ key, status, note }: Extract<Undoable, { kind: "verdict" }>) => ({
  key,
  status,
  note,
});

/**
 * The workbench's calls to the host: each one sends, then applies the answer as a command.
 * `current` is the audit the page holds (an import's answer carries only what it added).
 */
export function createActions(
  api: NianbaoApi,
  dispatch: (u: Update) => void,
  current: () => AuditSnapshot | null = () => null,
) {
  let queue: Promise<unknown> = Promise.resolve();
  let cancelling = false;
  const held = createHeld();

  /**
   * An import's answer, its new reports checked a piece at a time before it is shown; the whole
   * audit is asked for when the page holds none (or another one) to merge them into.
   */
  const adoptImport = async (r: ImportResult): Promise<ImportResult> => {
    let base = current();
    if (!base || base.audit.id !== r.changes.auditId) {
      base = held.adopt(await api["audit:get"]({}));
      dispatch(loaded(base));
    }
    const merged = mergeImport(base, r.changes);
    if (merged) await checkInSteps(held.adopt(merged));
    const outcomes = r.outcomes.map((o) =>
      o.kind === "report"
        ? o
        : { ...o, error: { ...o.error, message: errorText(o.error.code, o.error.message) } },
    );
    return { ...r, outcomes };
  };

  /** Shows the host's progress while `call` runs: `base` files were done before, of `total`. */
  const watched = async <T>(call: () => Promise<T>, base = 0, total = 0): Promise<T> => {
    const stop = pollImport(api, (p) => {
      if (p.running)
        dispatch(
          importProgress({
            done: base + p.done,
            total: total || p.total,
            current: p.current,
            cancelling: cancelling || p.cancelling,
          }),
        );
    });
    try {
      return await call();
    } finally {
      stop();
    }
  };

  const reload = async () => {
    try {
      dispatch(loaded(held.adopt(await api["audit:get"]({}))));
    } catch (e) {
      dispatch(failed(problemOf(e)));
    }
  };

  /** Changes go one at a time, in order, so answers never overtake each other. */
  const mutate = (send: () => Promise<ReportUpdate>): Promise<boolean> => {
    dispatch(saving(1));
    const run = queue.then(async () => {
      try {
        dispatch(reportUpdated(await send()));
        return true;
      } catch (e) {
        dispatch(failed(problemOf(e)));
        await reload();
        return false;
      } finally {
        dispatch(saving(-1));
      }
    });
    queue = run;
    return run;
  };

  const send = (reportId: string, m: Undoable): Promise<boolean> => {
    if (m.kind === "verdict")
      return mutate(() => api["audit:setVerdict"]({ reportId, ...pick(m) }));
    const { cell, value, clear } = m;
    dispatch(correctLocally(reportId, cell, value, clear));
    return mutate(() => api["audit:setCorrection"]({ reportId, cell, value, clear }));
  };

  return {
    reload,
    dismissProblem: () => dispatch(failed(null)),
    /** A new import starts: no cancel asked yet. */
    beginImport() {
      cancelling = false;
    },
    get cancelling() {
      return cancelling;
    },
    /** Stops the import: the host stops reading, and no further batch is sent. */
    async cancelImport(): Promise<void> {
      cancelling = true;
      dispatch((s) => (s.importing ? { ...s, importing: { ...s.importing, cancelling } } : s));
      try {
        await api["audit:cancelImport"]({});
      } catch (e) {
        dispatch(failed(problemOf(e)));
      }
    },
    async importBatch(files: Upload[], done = 0, total = 0): Promise<boolean> {
      try {
        const r = await watched(() => api["audit:import"]({ files }), done, total);
        dispatch(imported(await adoptImport(r), done === 0));
        return true;
      } catch (e) {
        dispatch(failed(problemOf(e)));
        return false;
      }
    },
    /** Electron's file dialog; false when the host has none (browser mode). */
    async chooseFiles(folders: boolean): Promise<void> {
      cancelling = false;
      try {
        const r = await watched(() => api["audit:chooseFiles"]({ folders }));
        if (r) dispatch(imported(await adoptImport(r)));
      } catch (e) {
        dispatch(failed(problemOf(e)));
      } finally {
        dispatch(importProgress(null));
      }
    },
    /** An edit or a verdict, recorded for Ctrl+Z, then sent. */
    setCorrection(reportId: string, cell: string, value: CellValue, clear: boolean) {
      dispatch(recorded(reportId, { kind: "correction", cell, value, clear }));
      return send(reportId, { kind: "correction", cell, value, clear });
    },
    setVerdict(reportId: string, key: string, status: VerdictStatus | null, note: string) {
      dispatch(recorded(reportId, { kind: "verdict", key, status, note }));
      return send(reportId, { kind: "verdict", key, status, note });
    },
    /** One verdict on the findings of one line (remains of a partly cleared finding): one undo step. */
    setVerdicts(reportId: string, keys: readonly string[], status: VerdictStatus | null, note: string) {
      const ms = keys.map((key) => ({ kind: "verdict" as const, key, status, note }));
      dispatch(recordedGroup(reportId, ms));
      return Promise.all(ms.map((m) => send(reportId, m))).then((ok) => ok.every(Boolean));
    },
    /** An undo or redo step: sent and recorded in the history like any action, not re-recorded. */
    send: (reportId: string, m: Undoable) => send(reportId, m),
    addRemark(reportId: string, target: RemarkTarget, text: string) {
      const t =
        target.kind === "text"
          ? { ...target, span: [target.span[0], target.span[1]] as [number, number] }
          : target;
      return mutate(() => api["audit:addRemark"]({ reportId, target: t, text }));
    },
    deleteRemark(reportId: string, remarkId: string) {
      return mutate(() => api["audit:deleteRemark"]({ reportId, remarkId }));
    },
    setMeta(reportId: string, meta: { agency?: string; level?: Level; year?: number }) {
      return mutate(() => api["audit:setMeta"]({ reportId, ...meta }));
    },
    signOff(reportId: string, seq: number, note: string, reviewer: string) {
      return mutate(() => api["audit:signOff"]({ reportId, seq, note, reviewer }));
    },
    linkRound(reportId: string, of: string | null) {
      return mutate(() => api["audit:linkRound"]({ reportId, of }));
    },
    /** The scan an import is recognising (null when none), and stopping it. */
    ocrStatus: () => api["audit:ocrStatus"]({}),
    cancelOcr: () => api["audit:cancelOcr"]({}),
    /** A page of a scanned report, as an image for the source pane. */
    pageImage(reportId: string, page: number) {
      return api["audit:pageImage"]({ reportId, page });
    },
    removeReport(reportId: string) {
      dispatch(forgetReport(reportId));
      return mutate(() => api["audit:removeReport"]({ reportId }));
    },
    /** The memo and workbook: saved by the host (Electron) or handed back to download. */
    async exportMemo(
      req: RequestOf<"audit:export">,
    ): Promise<ExportResult | { kind: "failed"; message: string }> {
      try {
        return await api["audit:export"](req);
      } catch (e) {
        return { kind: "failed", message: problemOf(e).message };
      }
    },
    /**
     * The audit's rule pack: from the page's file (`file` given) or the host's dialog; the audit
     * as then checked is shown, or the reasons it was refused are returned for the dialog.
     */
    async setRulePack(file?: { fileName: string; text: string }): Promise<RulePackOutcome> {
      dispatch(saving(1));
      try {
        const r = file
          ? await api["audit:setRulePack"](file)
          : await api["audit:chooseRulePack"]({});
        if (r.kind !== "set") return r;
        const snapshot = held.adopt(r.snapshot);
        await checkInSteps(snapshot);
        dispatch(loaded(snapshot));
        return r;
      } catch (e) {
        return { kind: "failed", ...problemOf(e) };
      } finally {
        dispatch(saving(-1));
      }
    },
    async clearRulePack(): Promise<RulePackOutcome> {
      dispatch(saving(1));
      try {
        const snapshot = held.adopt(await api["audit:clearRulePack"]({}));
        await checkInSteps(snapshot);
        dispatch(loaded(snapshot));
        return { kind: "set", snapshot };
      } catch (e) {
        return { kind: "failed", ...problemOf(e) };
      } finally {
        dispatch(saving(-1));
      }
    },
    async setInspector(name: string): Promise<boolean> {
      dispatch(saving(1));
      try {
        dispatch(loaded(held.adopt(await api["audit:setInspector"]({ name }))));
        return true;
      } catch (e) {
        dispatch(failed(problemOf(e)));
        return false;
      } finally {
        dispatch(saving(-1));
      }
    },
  };
}

export type Actions = ReturnType<typeof createActions>;
