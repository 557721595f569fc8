import { useEffect, useRef, useState } from "react";
import type { PagePlace } from "../../../shared/model/report.js";
import { OCR_THRESHOLD } from "../../../shared/rules/index.js";
import { useWorkbench } from "../../app/context.js";
import { boxStyle, focusMark, printedPlace } from "./scan.js";
import { usePageImage } from "./usePageImage.js";

/** The page image around `mark`, its box outlined; `skew` turns the image as the scan leaned. */
function PageFigure({
  mark,
  caption,
  unsure = false,
  skew = 0,
}: {
  mark: PagePlace;
  caption: React.ReactNode;
  unsure?: boolean;
  skew?: number;
}) {
  const { state } = useWorkbench();
  const { shown, failed } = usePageImage(mark.page);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: "center", inline: "center" });
  }, [shown, state.focus?.seq]);
  return (
    <figure className="nb-scan" data-testid="scan-view">
      <figcaption>{caption}</figcaption>
      <div className="nb-scan-frame">
        {failed && <p className="nb-scan-error">{failed}</p>}
        {!failed && !shown && <p className="nb-scan-loading">正在显示第 {mark.page} 页…</p>}
        {shown && (
          <div className="nb-scan-page">
            <img
              src={shown.src}
              alt={`第 ${shown.page} 页`}
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

/**
 * The page beside the text: for a scan, where the focused cell or line was read (O01 待核对);
 * for a .pdf with text, where the focused cell is printed, until the inspector folds it away.
 */
export function ScanView() {
  const { state, report } = useWorkbench();
  const [folded, setFolded] = useState(false);
  if (!report) return null;
  const r = report.report;
  if (r.ocr) {
    const mark = focusMark(r, state.focus);
    if (!mark)
      return <div className="nb-scan nb-scan-hint">扫描件：点选单元格或正文，可在此对照原图</div>;
    const unsure = mark.confidence < OCR_THRESHOLD;
    // Boxes were measured on the page turned back by its skew: the image is turned the same way.
    const skew = r.ocr.pages[mark.page - 1]?.skew ?? 0;
    const caption = (
      <>
        扫描件第 {mark.page} 页 · 识别置信度 {mark.confidence}%
        {unsure && <span className="nb-scan-unsure">待核对</span>}
      </>
    );
    return <PageFigure mark={mark} caption={caption} unsure={unsure} skew={skew} />;
  }
  const place = printedPlace(r, state.focus);
  if (!place) return null;
  const toggle = (
    <button type="button" className="nb-link" onClick={() => setFolded(!folded)}>
      {folded ? "对照原页面" : "收起"}
    </button>
  );
  if (folded) return <div className="nb-scan nb-scan-hint">原文第 {place.page} 页 {toggle}</div>;
  const caption = (
    <>
      原文第 {place.page} 页 {toggle}
    </>
  );
  return <PageFigure mark={place} caption={caption} />;
}
