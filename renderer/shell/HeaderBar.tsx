import { useState, type FormEvent } from "react";
import { useWorkbench } from "../app/context.js";
import { clock } from "../app/format.js";
import { ExportButton } from "../features/memo/ExportButton.js";
import { ViewSwitch } from "../features/overview/ViewSwitch.js";
import { RulePackButton } from "../features/rulepack/RulePackButton.js";

function SaveStatus() {
  const { state } = useWorkbench();
  const snap = state.snapshot;
  if (state.saving > 0) return <span className="nb-save nb-save-busy">正在保存…</span>;
  if (!snap?.savedAt) return <span className="nb-save">尚未保存</span>;
  return (
    <span className="nb-save" title={`审核文件：${snap.path}`}>
      已保存 {clock(snap.savedAt)}
    </span>
  );
}

function Inspector() {
  const { state, actions } = useWorkbench();
  const name = state.snapshot?.audit.inspector ?? "";
  const [draft, setDraft] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const v = (draft ?? "").trim();
    if (v && v !== name && !(await actions.setInspector(v))) return;
    setDraft(null);
  };
  if (draft === null)
    return (
      <button
        type="button"
        className="nb-inspector"
        title="修改检查人员姓名"
        onClick={() => setDraft(name)}
      >
        检查人员：<strong>{name}</strong> <span aria-hidden>✎</span>
      </button>
    );
  return (
    <form className="nb-inspector-form" onSubmit={submit}>
      <label>
        检查人员：
        <input
          autoFocus
          value={draft}
          maxLength={100}
          aria-label="检查人员姓名"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => e.key === "Escape" && setDraft(null)}
        />
      </label>
      <button type="submit">保存</button>
      <button type="button" className="nb-link" onClick={() => setDraft(null)}>
        取消
      </button>
    </form>
  );
}

export function HeaderBar() {
  const { state } = useWorkbench();
  const mode = state.snapshot?.mode;
  return (
    <header className="nb-header">
      <h1 className="nb-brand">
        <span className="nb-logo" aria-hidden>
          审
        </span>
        年报审核工作台
      </h1>
      <span className="nb-audit-title">{state.snapshot?.audit.title}</span>
      <ViewSwitch />
      <span className="nb-spacer" />
      <RulePackButton />
      <ExportButton />
      <Inspector />
      <SaveStatus />
      <span
        className={`nb-mode nb-mode-${mode}`}
        title={mode === "browser" ? "通过本机 127.0.0.1 上的服务访问" : ""}
      >
        {mode === "browser" ? "浏览器模式" : "桌面版"}
      </span>
    </header>
  );
}
