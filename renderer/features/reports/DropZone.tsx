import { useEffect, useState } from "react";
import { useImporter } from "./useImporter.js";
import { droppedFiles } from "./walk.js";

function carriesFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes("Files");
}

/** Files and folders dropped anywhere on the window are imported. */
export function DropZone() {
  const importFiles = useImporter();
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overWin = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (!depth) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      void droppedFiles(e.dataTransfer).then(importFiles);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", overWin);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", overWin);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [importFiles]);
  if (!over) return null;
  return (
    <div className="nb-drop" aria-hidden>
      <div className="nb-drop-card">
        <div className="nb-drop-icon">⇩</div>
        <div>松开鼠标即可导入</div>
        <div className="nb-muted">
          年度报告 .txt / .docx / .doc / .wps / .pdf / 网页 .html / .mhtml，或包含报告的文件夹
        </div>
      </div>
    </div>
  );
}
