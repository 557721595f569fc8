import type { OcrMark, PagePlace, Report } from "../../../shared/model/report.js";
import type { Focus } from "../../app/state.js";

/** Where a .pdf with text printed the focused cell, if it is a cell the reader placed. */
export function printedPlace(r: Report, focus: Focus | null): PagePlace | null {
  if (r.ocr || !focus?.cell) return null;
  return r.cells[focus.cell]?.place ?? null;
}

/** Where the focused cell or passage of a scanned report was read on the scan, if it was. */
export function focusMark(r: Report, focus: Focus | null): OcrMark | null {
  if (!r.ocr || !focus) return null;
  const cell = focus.cell ? r.cells[focus.cell]?.place : undefined;
  if (cell?.confidence !== undefined) return { ...cell, confidence: cell.confidence };
  const at = focus.span?.[0];
  if (at === undefined) return null;
  const line = r.ocr.lines.find((l) => l.span[0] <= at && at < l.span[1]);
  if (line) return line;
  const place = Object.values(r.cells).find((c) => c.place && c.span[0] === at)?.place;
  return place?.confidence !== undefined ? { ...place, confidence: place.confidence } : null;
}

/** A mark's box as percentages of its page, for an outline over the page image. */
export function boxStyle(m: PagePlace, page: { width: number; height: number }) {
  const [x, y, w, h] = m.box;
  const pct = (v: number, of: number) => `${((100 * v) / of).toFixed(2)}%`;
  return {
    left: pct(x, page.width),
    top: pct(y, page.height),
    width: pct(w, page.width),
    height: pct(h, page.height),
  };
}
