import type { AuditReport } from "../../../shared/model/audit.js";
import type { Finding } from "../../../shared/model/finding.js";
import { renderMessage } from "../../../shared/messages/index.js";
import type { CellView } from "./model.js";

/** Everything a table needs to build its cell views. */
export interface CellSource {
  report: AuditReport;
  byCell: Map<string, Finding[]>;
  selected: string | null;
}

export function cellView(src: CellSource, id: string, signed = false): CellView {
  const printed = src.report.report.cells[id] ?? null;
  const correction = src.report.corrections[id] ?? null;
  const findings = src.byCell.get(id) ?? [];
  return {
    id,
    printed,
    value: correction ? correction.value : (printed?.value ?? null),
    correction,
    severity: findings[0]?.severity ?? null,
    notes: findings.map((f) => ({ severity: f.severity, text: renderMessage(f) })),
    remarks: src.report.remarks.filter((r) => r.target.kind === "cell" && r.target.cell === id)
      .length,
    selected: src.selected === id,
    signed,
  };
}
