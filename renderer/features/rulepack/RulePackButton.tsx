import { useMemo, useState } from "react";
import { createPortal } from "react-dom";
import { useWorkbench } from "../../app/context.js";
import { RulePackDialog } from "./RulePackDialog.js";
import { packStatus, statusLabel } from "./summary.js";

/** The header's word on the rules in force (catalog, a pack, a pack not in force), opening them. */
export function RulePackButton() {
  const { state } = useWorkbench();
  const [open, setOpen] = useState(false);
  const audit = state.snapshot?.audit;
  const status = useMemo(() => (audit ? packStatus(audit) : null), [audit]);
  if (!status) return null;
  return (
    <>
      <button
        type="button"
        className={`nb-pack-open nb-pack-${status.kind}`}
        title="查看或更换本审核使用的规则包"
        onClick={() => setOpen(true)}
      >
        {status.kind === "stale" && <span aria-hidden>⚠ </span>}
        {statusLabel(status)}
      </button>
      {open && createPortal(<RulePackDialog onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
