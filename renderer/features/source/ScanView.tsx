import { useEffect, useRef, useState } from "react";
import type { PageImage } from "../../../shared/ipc/contract.js";
import { OCR_THRESHOLD } from "../../../shared/rules/catalog/scan.js";
import { useWorkbench } from "../../app/context.js";
import { boxStyle, focusMark } from "./scan.js";

/** A scanned report: the page image around the focused cell, its box outlined (O01 待核对). */
export function ScanView() {
  const { state, report, actions } = useWorkbench();
  const [image, setImage] = useState<PageImage | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const mark = report ? focusMark(report.report, state.focus) : null;
  const id = report?.id ?? null;
  const page = mark?.page ?? null;

  useEffect(() => {
    if (!id || !page) return;
    let live = true;
    actions.pageImage(id, page).then(
      (img) => live && (setImage(img), setFailed(null)),
      (e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [actions, id, page]);

  useEffect(() => {
    box.current?.scrollIntoView({ block: "center", inline: "center" });
  }, [image, state.focus?.seq]);

  if (!report?.report.ocr) return null;
  if (!mark)
    return <div className="nb-scan nb-scan-hint">扫描件：点选单元格或正文，可在此对照原图</div>;
  const shown = image && image.reportId === id && image.page === mark.page ? image : null;
  const unsure = mark.confidence < OCR_THRESHOLD;
  // Boxes were measured on the page turned back by its skew: the image is turned the same way.
  const skew = report.report.ocr.pages[mark.page - 1]?.skew ?? 0;
  return (
    <figure className="nb-scan" data-testid="scan-view">
      <figcaption>
        扫描件第 {mark.page} 页 · 识别置信度 {mark.confidence}%
        {unsure && <span className="nb-scan-unsure">待核对</span>}
      </figcaption>
      <div className="nb-scan-frame" ref={frame}>
        {failed && <p className="nb-scan-error">{failed}</p>}
        {shown && (
          <div className="nb-scan-page">
            <img
              src={shown.src}
              alt={`扫描件第 ${shown.page} 页`}
              style={skew ? { transform: `rotate(${-skew}deg)` } : undefined}
            />
            <div
              ref={box}
              className={unsure ? "nb-scan-box is-unsure" : "nb-scan-box"}
              style={boxStyle(mark, shown)}
            />
          </div>
        )}
      </div>
    </figure>
  );
}
