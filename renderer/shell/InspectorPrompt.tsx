import { useState, type FormEvent } from "react";
import { useWorkbench } from "../app/context.js";
import { Modal } from "../ui/Modal.js";

/**
 * First start: the inspector's name, asked before anything is judged. It signs every verdict,
 * correction and the memo's 审核人员; the system account is never taken for it.
 */
export function InspectorPrompt() {
  const { state, actions } = useWorkbench();
  const [name, setName] = useState("");
  if (!state.snapshot || state.snapshot.audit.inspector !== "") return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const v = name.trim();
    if (v) await actions.setInspector(v);
  };
  return (
    <Modal labelledBy="nb-inspector-prompt-title" className="nb-inspector-prompt" onSubmit={submit}>
      <h2 id="nb-inspector-prompt-title">请填写您的姓名</h2>
      <p>姓名记录在每一项判定和更正中，并作为审核意见的审核人员。以后可在页面右上角修改。</p>
      <input
        autoFocus
        value={name}
        maxLength={100}
        aria-label="检查人员姓名"
        placeholder="检查人员姓名"
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit" className="nb-primary" disabled={!name.trim()}>
        开始审核
      </button>
    </Modal>
  );
}
