import { useMemo, useRef, useState, type ChangeEvent } from "react";
import { MAX_PACK_CHARS, type RulePackProblem } from "../../../shared/model/rule-pack.js";
import { packProblem } from "../../../shared/audit/index.js";
import { useWorkbench } from "../../app/context.js";
import { stamp } from "../../app/format.js";
import { Modal, ModalHead } from "../../ui/Modal.js";
import { CATALOG_SIZE, packStatus, type PackStatus } from "./summary.js";

/** A refused pack's reasons, entry by entry; the stable codes are for support, kept out of the text. */
function Problem({ title, problem }: { title: string; problem: RulePackProblem }) {
  return (
    <div className="nb-pack-problem" role="alert" data-code={problem.code}>
      <p>
        {title}
        {problem.message}
      </p>
      {problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((e, i) => (
            <li key={i} data-code={e.code}>
              {e.path ? `「${e.path}」` : ""}
              {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function List({ label, items }: { label: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <div className="nb-pack-list">
      <h3>
        {label}（{items.length}）
      </h3>
      <ul aria-label={label}>
        {items.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
    </div>
  );
}

function InForce({ status }: { status: PackStatus }) {
  if (status.kind === "catalog")
    return <p>按规则目录的默认设置审核：{CATALOG_SIZE} 项规则全部启用，级别与参数为默认值。</p>;
  if (status.kind === "stale")
    return <Problem title={`规则包「${status.fileName}」未生效：`} problem={status.problem} />;
  const nothing = !status.disabled.length && !status.adjusted.length && !status.places.length;
  return (
    <>
      <p>
        规则包 <strong>{status.name ?? status.fileName}</strong>
        {status.name && `（${status.fileName}）`}，由{status.by || "检查人员"}于{stamp(status.at)}{" "}
        载入。
      </p>
      <List label="停用的规则" items={status.disabled} />
      <List label="调整的规则" items={status.adjusted} />
      <List label="指定层级的地方" items={status.places} />
      {status.tolerance !== null && <p>金额容差：{status.tolerance} 万元</p>}
      {nothing && status.tolerance === null && <p>该规则包未改动任何规则。</p>}
    </>
  );
}

/**
 * The rules the audit is checked under: the catalog or the rule pack the inspector loaded, and
 * loading another or going back to the catalog. Every view re-checks at once; the history keeps it.
 */
export function RulePackDialog({ onClose }: { onClose: () => void }) {
  const { state, actions } = useWorkbench();
  const audit = state.snapshot?.audit;
  const status = useMemo(() => (audit ? packStatus(audit) : null), [audit]);
  const [refused, setRefused] = useState<{ fileName: string; problem: RulePackProblem } | null>(
    null,
  );
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const electron = state.snapshot?.mode === "electron";

  const run = async (call: () => ReturnType<typeof actions.clearRulePack>) => {
    setBusy(true);
    setRefused(null);
    setFailed(null);
    const r = await call();
    setBusy(false);
    if (r.kind === "refused") setRefused(r);
    if (r.kind === "failed") setFailed(r.message);
  };
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    if (file.size > 4 * MAX_PACK_CHARS)
      return setRefused({ fileName: file.name, problem: packProblem("RULE_PACK_TOO_LARGE") });
    const text = await file.text();
    await run(() => actions.setRulePack({ fileName: file.name, text }));
  };
  const load = () => (electron ? void run(() => actions.setRulePack()) : input.current?.click());

  return (
    <Modal labelledBy="nb-pack-title" className="nb-pack" onClose={onClose}>
      <ModalHead id="nb-pack-title" title="审核规则" closeLabel="关闭审核规则" onClose={onClose} />
      <section className="nb-pack-body" aria-label="当前审核规则">
        {status && <InForce status={status} />}
        {refused && (
          <Problem title={`规则包「${refused.fileName}」未载入：`} problem={refused.problem} />
        )}
        {failed && (
          <p className="nb-pack-problem" role="alert">
            {failed}
          </p>
        )}
        <p className="nb-pack-hint">
          规则包是一个 JSON 文件，可停用规则、调整级别与参数、指定地方的层级，例如
          {' {"rules": {"D02": {"enabled": false}}} '}。载入后本审核的全部报告立即按其重新检查，
          并随审核文件保存。
        </p>
      </section>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="rule-pack-input"
        onChange={(e) => void onFile(e)}
      />
      <footer className="nb-modal-foot">
        <button type="button" onClick={load} disabled={busy}>
          载入规则包…
        </button>
        <button
          type="button"
          onClick={() => void run(actions.clearRulePack)}
          disabled={busy || !audit?.rulePack}
        >
          恢复默认规则
        </button>
        <span className="nb-spacer" />
        <button type="button" className="nb-primary" onClick={onClose}>
          完成
        </button>
      </footer>
    </Modal>
  );
}
