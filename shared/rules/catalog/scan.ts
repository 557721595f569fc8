import type { RuleInstance } from "../types.js";

/** The 待核对 threshold: below it, a reading disagreed with the digits-only pass or was unsure. */
export const OCR_THRESHOLD = 80;

/** O — reports read from a scan (OCR): what the inspector should check against the image. */
export const SCAN_RULES: RuleInstance[] = [
  {
    id: "O01",
    kind: "ocr-confidence",
    severity: "info",
    name: "扫描识别待核对（单元格）",
    description: "扫描件的表格单元格识别置信度低于阈值，请对照原图核对",
    params: { threshold: OCR_THRESHOLD, target: "cells" },
  },
  {
    id: "O02",
    kind: "ocr-confidence",
    severity: "info",
    name: "扫描识别待核对（正文数字）",
    description: "扫描件正文中含数字的一行识别置信度低于阈值，请对照原图核对",
    params: { threshold: OCR_THRESHOLD, target: "lines" },
  },
];
