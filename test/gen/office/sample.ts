import type { TemplateVersion } from "../../../shared/model/report.js";
import { officeReport, type OfficeReport } from "./document.js";
import type { Look } from "./look.js";
import { docxToPdfs, layoutText } from "./render.js";
import { writeDocx } from "./write-docx.js";

export interface OfficeSample {
  report: OfficeReport;
  docx: Uint8Array;
  pdf: Uint8Array;
  /** `pdftotext -layout` of the PDF. */
  layout: string;
}

/** Consistent reports written as .docx, each with its look, printed to PDF by LibreOffice. */
export async function officeSamples(
  plans: { seed: number; template: TemplateVersion; look: Look }[],
): Promise<OfficeSample[]> {
  const reports = plans.map((p) => officeReport(p.seed, p.template, p.look));
  const docs = await Promise.all(reports.map((r, i) => writeDocx(r.blocks, plans[i]!.look)));
  const pdfs = docxToPdfs(docs);
  return reports.map((report, i) => {
    const pdf = pdfs[i] as Uint8Array;
    return { report, docx: docs[i] as Uint8Array, pdf, layout: layoutText(pdf) };
  });
}

/** The label file of a sample, in the corpus's shape: every printed cell, no finding deserved. */
export function expectedJson(r: OfficeReport, file: string, layout: "pdf" | "txt") {
  return {
    file,
    agency: r.agency,
    year: r.year,
    template: r.template,
    level: r.level,
    title: r.title,
    cells: r.cells,
    layout,
    expected: [],
    complete: true,
  };
}
