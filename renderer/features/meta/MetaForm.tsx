import { useState, type FormEvent } from "react";
import type { AuditReport } from "../../../shared/model/audit.js";
import { LEVEL_NAMES } from "../../../shared/messages/index.js";
import { LEVELS, type Level } from "../../../shared/model/report.js";
import { useWorkbench } from "../../app/context.js";
import { draftOf, metaChange, type MetaDraft } from "./meta.js";

/** Agency, level and year as the inspector judges them; the rules re-run on the new values. */
export function MetaForm({ report, onClose }: { report: AuditReport; onClose: () => void }) {
  const { actions } = useWorkbench();
  const [draft, setDraft] = useState<MetaDraft>(() => draftOf(report));
  const [error, setError] = useState<string | null>(null);
  const r = report.report;
  const set = (patch: Partial<MetaDraft>) => setDraft({ ...draft, ...patch });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const res = metaChange(report, draft);
    if ("error" in res) return setError(res.error);
    if (Object.keys(res.change).length && !(await actions.setMeta(report.id, res.change))) return;
    onClose();
  };
  return (
    <form className="nb-meta-form" onSubmit={submit}>
      <label>
        发布机关
        <input
          value={draft.agency}
          maxLength={200}
          onChange={(e) => set({ agency: e.target.value })}
        />
        <small>读取为：{r.agency || "（无）"}</small>
      </label>
      <label>
        机关层级
        <select value={draft.level} onChange={(e) => set({ level: e.target.value as Level })}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_NAMES[l]}
            </option>
          ))}
        </select>
        <small>读取为：{LEVEL_NAMES[r.level]}（影响 D01 规章制定权、D03 公布时限）</small>
      </label>
      <label>
        报告年度
        <input
          inputMode="numeric"
          value={draft.year}
          maxLength={4}
          onChange={(e) => set({ year: e.target.value })}
        />
        <small>读取为：{r.year ?? "（无）"}</small>
      </label>
      {error && <div className="nb-form-error">{error}</div>}
      <div className="nb-form-actions">
        <button type="submit" className="nb-primary">
          保存并重新检查
        </button>
        <button type="button" onClick={onClose}>
          取消
        </button>
      </div>
    </form>
  );
}
