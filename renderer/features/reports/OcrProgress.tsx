import { useEffect, useState } from "react";
import type { OcrStatus } from "../../../shared/ipc/contract.js";
import { useWorkbench } from "../../app/context.js";

/** While an import runs: which scan is being recognised, page by page, and a way to stop it. */
export function OcrProgress() {
  const { state, actions } = useWorkbench();
  const [status, setStatus] = useState<OcrStatus | null>(null);
  const busy = state.importing !== null;
  useEffect(() => {
    if (!busy) return setStatus(null);
    const poll = () => void actions.ocrStatus().then(setStatus, () => setStatus(null));
    const timer = setInterval(poll, 1000);
    poll();
    return () => clearInterval(timer);
  }, [busy, actions]);
  if (!status) return null;
  return (
    <div className="nb-ocr-progress" role="status">
      <span>
        正在识别扫描件「{status.fileName}」：第 {status.page}/{status.pages} 页
      </span>
      <button type="button" onClick={() => void actions.cancelOcr()}>
        取消识别
      </button>
    </div>
  );
}
