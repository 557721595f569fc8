import type { AuditReport } from "../model/audit.js";
import type { Report } from "../model/report.js";

/** What of an audit's report the rules see: the printed report, corrections and metadata. */
export type Checkable = Pick<AuditReport, "report" | "corrections" | "meta">;

const seen = new WeakMap<Report, { key: string; report: Report }[]>();

function build(a: Checkable): Report {
  const r = a.report;
  const corrected = Object.entries(a.corrections);
  // Reports are never changed in place: without corrections the printed cells are shared.
  const cells = corrected.length ? { ...r.cells } : r.cells;
  for (const [id, c] of corrected) {
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
 * The report the rules see: the printed cells with the inspector's corrections and metadata.
 * The same object while the printed report, the corrected values and the metadata are: the
 * engine then reuses its findings of the rules about that report alone.
 */
export function effectiveReport(a: Checkable): Report {
  const values = Object.entries(a.corrections).map(([id, c]) => [id, c.value]);
  const key = JSON.stringify([values, a.meta]);
  const list = seen.get(a.report) ?? [];
  const hit = list.find((e) => e.key === key);
  if (hit) return hit.report;
  const report = build(a);
  // The corrected and the printed report: two are enough.
  seen.set(a.report, [{ key, report }, ...list].slice(0, 2));
  return report;
}
