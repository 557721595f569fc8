import { z } from "zod";
import { defineKind, type FindingDraft } from "../types.js";
import type { Report } from "../../model/report.js";

const params = z.strictObject({
  /** Confidence (0–100) under which a recognised piece is to be checked against the scan. */
  threshold: z.number().min(0).max(100),
  /** cells: table cells; lines: prose lines that print a number (what N01/N02 compare). */
  target: z.enum(["cells", "lines"]),
});

const NUMBER = /\d/;

function cells(report: Report, threshold: number): FindingDraft[] {
  return Object.entries(report.cells).flatMap(([id, c]) =>
    c.place?.confidence !== undefined && c.place.confidence < threshold
      ? [
          {
            code: "ocr_cell",
            params: {
              cell: id,
              text: c.text,
              confidence: c.place.confidence,
              page: c.place.page,
              // A .docx's or a web archive's cell was read from the picture so numbered.
              ...(report.format === "pdf" ? {} : { picture: true }),
            },
            cells: [id],
          },
        ]
      : [],
  );
}

function lines(report: Report, threshold: number): FindingDraft[] {
  return (report.ocr?.lines ?? []).flatMap((l) => {
    const text = report.text.slice(l.span[0], l.span[1]);
    if (l.confidence >= threshold || !NUMBER.test(text)) return [];
    const quote = text.length > 30 ? `${text.slice(0, 30)}…` : text;
    const p = { text: quote, confidence: l.confidence, page: l.page };
    return [{ code: "ocr_line", params: p, cells: [], spans: [l.span] }];
  });
}

/** O01, O02: what the recogniser read with low confidence in a scanned report (待核对). */
export const ocrConfidence = defineKind({
  kind: "ocr-confidence",
  params,
  check(report, p) {
    if (!report.ocr) return [];
    return p.target === "cells" ? cells(report, p.threshold) : lines(report, p.threshold);
  },
});
