import { execFileSync } from "node:child_process";
import type { Report } from "../../../shared/model/report.js";
import { readReport } from "../../../shared/parse/report.js";
import { txtDocument } from "../../../shared/parse/txt/document.js";
import type { OfficeSample } from "./sample.js";

/** The sample's PDF as plain pdftotext (no -layout) gives it, read as a .txt report. */
export function readPlainText(sample: OfficeSample): Report["cells"] {
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], {
    input: sample.pdf,
  }).toString("utf8");
  const doc = txtDocument(new TextEncoder().encode(text));
  if ("code" in doc) throw new Error(doc.message);
  const res = readReport(doc);
  if (!res.ok) throw new Error(res.error.message);
  return res.report.cells;
}

/** The cells read with a value other than the sample's (unread cells are not wrong). */
export function wrongCells(sample: OfficeSample, got: Report["cells"]): string[] {
  return Object.entries(sample.report.cells)
    .filter(([id, v]) => id in got && got[id]?.value !== v)
    .map(([id, v]) => `${id}=${got[id]?.value} want ${v}`);
}
