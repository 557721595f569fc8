import { useState, type FormEvent } from "react";
import { useWorkbench } from "../../app/context.js";
import { stamp } from "../../app/format.js";
import { Timeline } from "./Timeline.js";

/** The second inspector's sign-off of the report, and what changed since the last one. */
export function ReviewBar() {
  const { report, history, state, actions } = useWorkbench();
  const [signing, setSigning] = useState(false);
  const [showChanges, setShowChanges] = useState(false);
  const [note, setNote] = useState("");
  const [reviewer, setReviewer] = useState("");
  if (!report) return null;
  const review = report.review;
  const since = (history?.entries ?? []).filter(
    (e) => e.reportId === report.id && e.kind !== "sign-off" && e.seq > (review?.seq ?? 0),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const seq = state.snapshot?.historySeq ?? 0;
    if (await actions.signOff(report.id, seq, note.trim(), reviewer.trim())) {
      setSigning(false);
      setNote("");
    }
  };
  return (
    <div className="nb-review">
      {review ? (
        <span className="nb-review-done">
          已复核：{review.by} · {stamp(review.at)}
          {review.note && `（${review.note}）`}
        </span>
      ) : (
        <span className="nb-muted">尚未复核</span>
      )}
      {review && since.length > 0 && (
        <button
          type="button"
          className="nb-link nb-review-changed"
          aria-expanded={showChanges}
          onClick={() => setShowChanges(!showChanges)}
        >
          复核后有 {since.length} 项修改
        </button>
      )}
      {!signing && (
        <button type="button" className="nb-link" onClick={() => setSigning(true)}>
          {review ? "重新复核签字" : "复核签字"}
        </button>
      )}
      {signing && (
        <form className="nb-review-form" onSubmit={submit}>
          <input
            autoFocus
            required
            value={reviewer}
            maxLength={100}
            aria-label="复核人员姓名"
            placeholder="复核人员姓名（不同于判定人员）"
            onChange={(e) => setReviewer(e.target.value)}
            onKeyDown={(e) => e.key === "Escape" && setSigning(false)}
          />
          <input
            value={note}
            maxLength={5000}
            aria-label="复核意见"
            placeholder="复核意见（可选）"
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={(e) => e.key === "Escape" && setSigning(false)}
          />
          <button type="submit" className="nb-primary">
            签字
          </button>
          <button type="button" onClick={() => setSigning(false)}>
            取消
          </button>
        </form>
      )}
      {showChanges && <Timeline entries={since} empty="" />}
    </div>
  );
}
