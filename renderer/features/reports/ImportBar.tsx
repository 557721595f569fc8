import { useEffect, useRef } from "react";
import { useWorkbench } from "../../app/context.js";
import { useImporter } from "./useImporter.js";
import { inputFiles } from "./walk.js";
import { OcrProgress } from "./OcrProgress.js";
import { ImportProgress } from "./ImportProgress.js";

/** Import by button: Electron's dialog, or the browser's file and folder inputs. */
export function ImportBar() {
  const { state, actions } = useWorkbench();
  const importFiles = useImporter();
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const electron = state.snapshot?.mode === "electron";
  useEffect(() => {
    // Not in React's attribute types: set on the element.
    folderInput.current?.setAttribute("webkitdirectory", "");
  }, []);
  const pick = (folders: boolean) => {
    if (electron) void actions.chooseFiles(folders);
    else (folders ? folderInput : fileInput).current?.click();
  };
  const onInput = (e: React.ChangeEvent<HTMLInputElement>) => {
    const picked = inputFiles(e.target.files);
    e.target.value = "";
    void importFiles(picked);
  };
  const busy = state.importing;
  return (
    <div className="nb-import">
      <div className="nb-import-buttons">
        <button type="button" className="nb-primary" onClick={() => pick(false)} disabled={!!busy}>
          导入报告…
        </button>
        <button type="button" onClick={() => pick(true)} disabled={!!busy}>
          导入文件夹…
        </button>
      </div>
      <input
        ref={fileInput}
        type="file"
        multiple
        accept=".txt,.docx,.doc,.wps,.pdf,.html,.htm,.mhtml,.mht"
        hidden
        data-testid="file-input"
        onChange={onInput}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        data-testid="folder-input"
        onChange={onInput}
      />
      {busy ? (
        <ImportProgress />
      ) : (
        <div className="nb-import-hint">
          支持 .txt、.docx、.doc、.wps、.pdf（含扫描件）和保存的网页
          .html、.mhtml，也可将文件或文件夹拖入窗口
        </div>
      )}
      <OcrProgress />
    </div>
  );
}
