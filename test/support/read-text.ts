import type { Report } from "../../shared/model/report.js";
import { readReport } from "../../shared/parse/report.js";
import { txtDocument } from "../../shared/parse/txt/document.js";

/** A text read as a .txt report would be; a text that cannot be read fails the test. */
export function readText(text: string): Report {
  const doc = txtDocument(new TextEncoder().encode(text));
  if ("code" in doc) throw new Error(doc.message);
  const res = readReport(doc);
  if (!res.ok) throw new Error(res.error.message);
  return res.report;
}
