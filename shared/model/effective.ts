import type { AuditReport } from "./audit.js";
import type { Finding } from "./finding.js";
import type { Report } from "./report.js";

/** The report the rules see: the printed cells with the inspector's corrections and metadata. */
export function effectiveReport(a: AuditReport): Report {
  const r = a.report;
  const cells = { ...r.cells };
  for (const [id, c] of Object.entries(a.corrections)) {
    const printed = cells[id];
    cells[id] = {
      value: c.value,
      text: c.value === null ? "" : String(c.value),
      span: printed ? printed.span : [0, 0],
    };
  }
  return {
    ...r,
    cells,
    agency: a.meta.agency ?? r.agency,
    level: a.meta.level ?? r.level,
    year: a.meta.year ?? r.year,
  };
}

/**
 * A finding's identity across re-checks: its rule, code and the cells it names; a finding that
 * names no cell (S07 of table 三 and of table 四) is told apart by where its text is.
 */
export function findingKey(f: Finding): string {
  const base = `${f.rule}|${f.code}|${f.cells.join(",")}`;
  const at = f.cells.length === 0 ? f.spans[0] : undefined;
  return at ? `${base}|@${at[0]}` : base;
}
