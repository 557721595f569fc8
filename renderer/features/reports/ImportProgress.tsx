import { useImporting, useWorkbench } from "../../app/context.js";

/** The import's progress bar: files read of the total, the file being read, and a cancel button. */
export function ImportProgress() {
  const { actions } = useWorkbench();
  const p = useImporting();
  if (!p) return null;
  const name = p.current?.split("/").pop() ?? "";
  return (
    <div className="nb-import-progress" role="status" aria-label="导入进度">
      <div className="nb-import-progress-line">
        <span className="nb-import-progress-count">
          {p.cancelling ? "正在取消…" : `正在读取 ${p.done}/${p.total} 个文件`}
        </span>
        <button
          type="button"
          className="nb-link nb-import-progress-cancel"
          disabled={p.cancelling}
          onClick={() => void actions.cancelImport()}
        >
          取消
        </button>
      </div>
      <progress value={p.done} max={Math.max(p.total, 1)} aria-label="已读取的文件" />
      {name && (
        <div className="nb-import-progress-file" title={p.current ?? ""}>
          {name}
        </div>
      )}
    </div>
  );
}
