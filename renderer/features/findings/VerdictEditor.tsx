import { useState, type FormEvent } from "react";
import { findingKey, type Finding } from "../../../shared/model/finding.js";
import type { VerdictStatus } from "../../../shared/model/audit.js";
import { useWorkbench } from "../../app/context.js";
import { VERDICTS } from "./verdicts.js";

/** Triage a finding with a reason and a note; an existing verdict can be changed or withdrawn. */
export function VerdictEditor({
  finding,
  also = [],
  status,
  onDone,
}: {
  finding: Finding;
  /** Remains of the same partly cleared finding, judged with it. */
  also?: readonly Finding[];
  status: VerdictStatus;
  onDone: () => void;
}) {
  const { actions, report } = useWorkbench();
  const key = findingKey(finding);
  const existing = report?.verdicts[key];
  const [choice, setChoice] = useState<VerdictStatus>(status);
  const [note, setNote] = useState(existing?.note ?? "");
  const send = async (s: VerdictStatus | null) => {
    if (!report) return;
    const keys = [finding, ...also].map(findingKey);
    if (await actions.setVerdicts(report.id, keys, s, s ? note.trim() : "")) onDone();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(choice);
  };
  return (
    <form className="nb-verdict-form" onSubmit={submit}>
      <div className="nb-segmented" role="radiogroup" aria-label="判定">
        {VERDICTS.map((v) => (
          <label key={v.status} className={choice === v.status ? "is-on" : ""}>
            <input
              type="radio"
              name={`v-${key}`}
              checked={choice === v.status}
              onChange={() => setChoice(v.status)}
            />
            {v.action}
          </label>
        ))}
      </div>
      <textarea
        autoFocus
        value={note}
        maxLength={5000}
        rows={2}
        aria-label="判定说明"
        placeholder={VERDICTS.find((v) => v.status === choice)?.hint}
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") onDone();
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void send(choice);
        }}
      />
      <div className="nb-form-actions">
        <button type="submit" className="nb-primary">
          保存判定
        </button>
        <button type="button" onClick={onDone}>
          取消
        </button>
        {existing && (
          <button type="button" className="nb-link nb-danger-link" onClick={() => void send(null)}>
            撤销判定
          </button>
        )}
      </div>
    </form>
  );
}
