import { readPdf } from "../../electron/node/adapters/pdf.js";
import { isReadError } from "../../shared/model/errors.js";
import type { Report } from "../../shared/model/report.js";
import { readContent } from "../../shared/parse/index.js";

/** A PDF's bytes read as the workbench reads a .pdf; a PDF that cannot be read fails the test. */
export async function readPdfReport(bytes: Uint8Array): Promise<Report> {
  const content = await readPdf(bytes);
  if (isReadError(content)) throw new Error(content.message);
  const res = readContent({ kind: "pdf", content });
  if (!res.ok) throw new Error(res.error.message);
  return res.report;
}
