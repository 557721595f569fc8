import type { Evidence, Verdict } from "./audit.js";
import type { Finding } from "./finding.js";
import type { CellValue, Report } from "./report.js";

/** The evidence a verdict on `f` judges, read from the report as the rules saw it. */
export function evidenceOf(f: Finding, report: Report): Evidence {
  const cells: Record<string, CellValue> = {};
  for (const id of f.cells) cells[id] = report.cells[id]?.value ?? null;
  return { rule: f.rule, code: f.code, cells, params: f.params };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface EvidenceChange {
  cell: string;
  was: CellValue;
  now: CellValue;
}

/**
 * What changed since the verdict was given: the judged cells whose values differ, or (a finding
 * on the text, or the same cells with other numbers) a change of the finding's numbers alone.
 * Null when the evidence is unchanged or was never recorded.
 */
export function evidenceChanges(
  v: Verdict,
  f: Finding,
  report: Report,
): { cells: EvidenceChange[]; params: boolean } | null {
  const e = v.evidence;
  if (!e) return null;
  const now = evidenceOf(f, report);
  const cells = Object.keys({ ...e.cells, ...now.cells })
    .filter((id) => !same(e.cells[id] ?? null, now.cells[id] ?? null))
    .map((cell) => ({ cell, was: e.cells[cell] ?? null, now: now.cells[cell] ?? null }));
  const params = !same(e.params, now.params);
  return cells.length || params ? { cells, params } : null;
}
