import type { AuditReport } from "../../../shared/model/audit.js";
import type { Finding } from "../../../shared/model/finding.js";
import { findingsByCell } from "../../app/checks.js";
import type { BlankCell } from "./DocView.js";
import type { Span } from "../../../shared/model/report.js";
import type { Mark } from "./segments.js";

/** The marks of one report: its cells' printed numbers, the findings, text remarks, the focus. */
export function reportMarks(
  r: AuditReport,
  findings: readonly Finding[],
  focus: Span | null,
): Mark[] {
  const marks: Mark[] = [];
  for (const [id, c] of Object.entries(r.report.cells))
    marks.push({ kind: "cell", span: c.span, ref: id });
  findings.forEach((f, i) => {
    for (const span of f.spans) marks.push({ kind: "finding", span, ref: i, severity: f.severity });
  });
  for (const rm of r.remarks)
    if (rm.target.kind === "text") marks.push({ kind: "remark", span: rm.target.span, ref: rm.id });
  if (focus) marks.push({ kind: "focus", span: focus });
  return marks;
}

/** The report's blank cells (empty span) by offset, with the worst finding on each and the focus. */
export function blankCells(
  r: AuditReport,
  findings: readonly Finding[],
  focusCell: string | null,
): Map<number, BlankCell> {
  const byCell = findingsByCell(findings);
  const out = new Map<number, BlankCell>();
  for (const [id, c] of Object.entries(r.report.cells))
    if (c.span[0] === c.span[1]) {
      const severity = byCell.get(id)?.[0]?.severity ?? null;
      out.set(c.span[0], { cell: id, severity, focus: id === focusCell });
    }
  return out;
}
