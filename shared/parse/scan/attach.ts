import type { Report } from "../../model/report.js";
import type { OcrDocument, OcrSpan } from "./rows.js";

const key = (s: readonly [number, number]) => `${s[0]}:${s[1]}`;

/**
 * A label read less surely than this that differs from the template is taken for a misreading
 * (本年增/碱 for 本年增/减), not for the report's own wording: no S06 for it. Labels the report
 * really prints otherwise were read at 90 and above on the sample scans.
 */
const LABEL_SURE = 90;

function mark(m: OcrSpan) {
  return { page: m.page, box: m.box, confidence: m.confidence };
}

/**
 * The scan positions and confidences joined onto the report the table reader made of an
 * OCR'd document: each cell by the span it was read from (a blank cell by its empty span).
 */
export function attachOcr(report: Report, doc: OcrDocument): Report {
  const bySpan = new Map(doc.marks.map((m) => [key(m.span), m]));
  const cells = Object.fromEntries(
    Object.entries(report.cells).map(([id, c]) => {
      const m = bySpan.get(key(c.span));
      return [id, m ? { ...c, place: mark(m) } : c];
    }),
  );
  const lines = doc.lines.map((l) => ({ ...mark(l), span: l.span }));
  const sure = (span: readonly [number, number]) =>
    (bySpan.get(key(span))?.confidence ?? 100) >= LABEL_SURE;
  const labels = report.labels.filter((l) => sure(l.span));
  const messages = [...report.messages];
  if (labels.length < report.labels.length)
    messages.push({ code: "OCR_LABELS", params: { count: report.labels.length - labels.length } });
  return { ...report, cells, labels, messages, ocr: { pages: doc.pages, lines } };
}
