import { useEffect, useRef, useState, type CSSProperties } from "react";
import type { PagePlace } from "../../../shared/model/report.js";
import { OCR_THRESHOLD } from "../../../shared/rules/index.js";
import { useWorkbench } from "../../app/context.js";
import { boxStyle, focusMark, printedPlace } from "./scan.js";
import { usePageImage } from "./usePageImage.js";
import { Splitter } from "../../ui/Splitter.js";
import { usePaneSizes } from "../../ui/usePaneSizes.js";

/** 整页 fits the whole page in the frame; a number is the page's width in % of the frame. */
type Zoom = "page" | number;
const ZOOMS = [100, 150, 200, 300];

function zoomed(z: Zoom, dir: 1 | -1): Zoom {
  if (z === "page") return dir > 0 ? 100 : "page";
  const i = ZOOMS.indexOf(z) + dir;
  return i < 0 ? "page" : (ZOOMS[Math.min(i, ZOOMS.length - 1)] as number);
}

/** Scrolls the frame (only it: never the panes around it) so the box is in its middle. */
function centre(frame: HTMLElement, box: HTMLElement) {
  const f = frame.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  frame.scrollLeft += b.left + b.width / 2 - (f.left + f.width / 2);
  frame.scrollTop += b.top + b.height / 2 - (f.top + f.height / 2);
}

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
  const { sizes, set } = usePaneSizes();
  const [zoom, setZoom] = useState<Zoom>("page");
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const figure = useRef<HTMLElement>(null);
  const [room, setRoom] = useState<{ w: number; h: number } | null>(null);
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const measure = () => setRoom({ w: el.clientWidth, h: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  useEffect(() => {
    if (frame.current && box.current) centre(frame.current, box.current);
  }, [shown, state.focus?.seq, zoom, room]);
  // 整页: as wide as the frame allows with the whole page's height in it.
  const pageStyle: CSSProperties | undefined = !shown
    ? undefined
    : zoom === "page" && room
      ? {
          width: Math.max(60, Math.min(room.w, (room.h * shown.width) / shown.height)),
          margin: "0 auto",
        }
      : { width: `${zoom === "page" ? 100 : zoom}%` };
  const button = (label: string, z: Zoom, name = label) => (
    <button
      type="button"
      className={`nb-link${zoom === z ? " is-on" : ""}`}
      aria-label={name}
      onClick={() => setZoom(z)}
    >
      {label}
    </button>
  );
  return (
    <>
      <figure
        ref={figure}
        className="nb-scan nb-scan-open"
        data-testid="scan-view"
        style={sizes.page ? { flexBasis: sizes.page } : undefined}
      >
        <figcaption>
          {caption}
          <span className="nb-scan-zoom" aria-label="缩放">
            {button("整页", "page")}
            {button("页宽", 100)}
            {button("−", zoomed(zoom, -1), "缩小")}
            {button("+", zoomed(zoom, 1), "放大")}
          </span>
        </figcaption>
        <div ref={frame} className="nb-scan-frame">
          {failed && <p className="nb-scan-error">{failed}</p>}
          {!failed && !shown && <p className="nb-scan-loading">正在显示第 {mark.page} 页…</p>}
          {shown && (
            <div className="nb-scan-page" style={pageStyle}>
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
      <Splitter
        axis="y"
        label="调整原页面高度"
        size={() => figure.current?.getBoundingClientRect().height ?? 300}
        min={120}
        max={() => (figure.current?.parentElement?.clientHeight ?? 700) - 120}
        onSize={(px) => set("page", px)}
      />
    </>
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
    if (!mark && r.format !== "pdf") return null;
    if (!mark)
      return <div className="nb-scan nb-scan-hint">扫描件：点选单元格或正文，可在此对照原图</div>;
    const unsure = mark.confidence < OCR_THRESHOLD;
    // A Word document's or a web archive's picture is no page the pane can draw: said only.
    if (r.format !== "pdf")
      return (
        <div className="nb-scan nb-scan-hint">
          文档中插入的第 {mark.page} 张表格图片经文字识别读取 · 识别置信度 {mark.confidence}%
          {unsure && <span className="nb-scan-unsure">待核对</span>}
        </div>
      );
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
  if (folded)
    return (
      <div className="nb-scan nb-scan-hint">
        原文第 {place.page} 页 {toggle}
      </div>
    );
  const caption = (
    <>
      原文第 {place.page} 页 {toggle}
    </>
  );
  return <PageFigure mark={place} caption={caption} />;
}
