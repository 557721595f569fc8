import type { Report } from "../../../shared/model/report.js";
import { isReadError } from "../../../shared/model/errors.js";
import { readContent } from "../../../shared/parse/index.js";
import { readReport } from "../../../shared/parse/report.js";
import { txtDocument } from "../../../shared/parse/txt/document.js";
import { webPage } from "../../../electron/node/adapters/web-page.js";

/** A text read as a .txt report; null when it cannot be read. */
export function textReport(text: string): Report | null {
  const doc = txtDocument(new TextEncoder().encode(text));
  if ("code" in doc) return null;
  const res = readReport(doc);
  return res.ok ? res.report : null;
}

/** A page read as a saved .html; null when it cannot be read. */
export function htmlReport(html: string): Report | null {
  const input = webPage(new TextEncoder().encode(html), "html");
  if (isReadError(input)) return null;
  const res = readContent(input);
  return res.ok ? res.report : null;
}
