import { useMemo, useState } from "react";
import type { ExportResult } from "../../../shared/ipc/contract.js";
import type { Audit } from "../../../shared/model/audit.js";
import { memoReports } from "../../../shared/memo/index.js";
import { useWorkbench } from "../../app/context.js";
import { Modal, ModalHead } from "../../ui/Modal.js";
import { download } from "./download.js";
import { ExportOptions } from "./ExportOptions.js";
import { MemoPreview } from "./MemoPreview.js";
import {
  draftProblem,
  initialDraft,
  previewMemos,
  toRequest,
  type ExportDraft,
} from "./options.js";
import { ReportChoice } from "./ReportChoice.js";
import { unjudgedLines, unjudgedReports } from "./unjudged.js";

function outcomeText(r: ExportResult | { kind: "failed"; message: string }): string {
  if (r.kind === "failed") return `导出失败：${r.message}`;
  if (r.kind === "cancelled") return "已取消保存";
  if (r.kind === "saved") return `已保存：${r.paths.join("，")}`;
  return `已下载：${r.files.map((f) => f.name).join("、")}`;
}

/** The export dialog: reports, findings and memo options beside a preview of the memo. */
export function ExportDialog({ audit, onClose }: { audit: Audit; onClose: () => void }) {
  const { actions } = useWorkbench();
  const [draft, setDraft] = useState<ExportDraft>(() => initialDraft(audit));
  const [shown, setShown] = useState(0);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const reports = useMemo(() => memoReports(audit, null, draft.scope), [audit, draft.scope]);
  const memos = useMemo(() => previewMemos(audit, draft), [audit, draft]);
  const memo = memos[Math.min(shown, memos.length - 1)];
  const problem = draftProblem(draft);
  const pending = draft.docx && !draft.round ? unjudgedReports(reports, draft.reportIds) : [];
  const change = (d: ExportDraft) => {
    setDraft(d);
    setOutcome(null);
    setAsking(false);
  };
  const submit = async (confirmed = false) => {
    // A memo that leaves unjudged errors out is written only when the inspector says so.
    if (pending.length && !confirmed) return setAsking(true);
    setAsking(false);
    setBusy(true);
    setOutcome(null);
    const res = await actions.exportMemo(toRequest(draft));
    setBusy(false);
    if (res.kind === "download") res.files.forEach(download);
    setOutcome(outcomeText(res));
  };
  return (
    <Modal labelledBy="nb-export-title" className="nb-export" onClose={onClose}>
      <ModalHead
        id="nb-export-title"
        title="导出审核意见"
        closeLabel="关闭导出"
        onClose={onClose}
      />
      <div className="nb-export-body">
        <form className="nb-export-options" onSubmit={(e) => e.preventDefault()}>
          <ReportChoice reports={reports} draft={draft} onChange={change} />
          <ExportOptions draft={draft} onChange={change} />
        </form>
        <section className="nb-export-preview" aria-label="审核意见预览">
          {memos.length > 1 && (
            <label className="nb-export-which">
              预览
              <select value={shown} onChange={(e) => setShown(Number(e.target.value))}>
                {memos.map((m, i) => (
                  <option key={i} value={i}>
                    {m.title}
                  </option>
                ))}
              </select>
            </label>
          )}
          {memo ? <MemoPreview memo={memo} /> : <p className="nb-export-empty">{problem}</p>}
        </section>
      </div>
      {asking && (
        <div className="nb-export-ask" role="alertdialog" aria-label="尚有未判定的问题">
          <p>
            {pending.length}份报告尚有未判定的错误和警告。审核意见不列出这些问题，
            审核结论为「未审完」：
          </p>
          <ul>
            {unjudgedLines(pending).map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          <div className="nb-export-ask-buttons">
            <button type="button" onClick={() => setAsking(false)}>
              返回判定
            </button>
            <button type="button" className="nb-primary" onClick={() => void submit(true)}>
              仍然导出
            </button>
          </div>
        </div>
      )}
      <footer className="nb-modal-foot">
        <span className="nb-export-status" role="status">
          {outcome ??
            problem ??
            `将导出 ${draft.docx ? `${memos.length} 份审核意见` : ""}${draft.docx && draft.xlsx ? "和" : ""}${draft.xlsx ? "1 份问题清单" : ""}${pending.length ? `（${pending.length}份报告未审完）` : ""}`}
        </span>
        <button type="button" onClick={onClose}>
          关闭
        </button>
        <button
          type="button"
          className="nb-primary"
          disabled={busy || problem !== null || asking}
          onClick={() => void submit()}
        >
          {busy ? "正在导出…" : "导出"}
        </button>
      </footer>
    </Modal>
  );
}
