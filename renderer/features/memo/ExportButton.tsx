import { useState } from "react";
import { createPortal } from "react-dom";
import { useWorkbench } from "../../app/context.js";
import { ExportDialog } from "./ExportDialog.js";

/** The header's export command and its dialog. */
export function ExportButton() {
  const { state } = useWorkbench();
  const [open, setOpen] = useState(false);
  const audit = state.snapshot?.audit;
  return (
    <>
      <button
        type="button"
        className="nb-export-open"
        disabled={!audit?.reports.length}
        onClick={() => setOpen(true)}
      >
        导出审核意见…
      </button>
      {open &&
        audit &&
        createPortal(<ExportDialog audit={audit} onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
