import type { Span } from "./report.js";

export type Severity = "error" | "warning" | "info";

export type ParamValue = string | number | boolean | null | readonly (string | number)[];

/** A rule violation as data; the sentence is rendered from code + params (shared/messages). */
export interface Finding {
  rule: string;
  severity: Severity;
  code: string;
  params: Record<string, ParamValue>;
  cells: string[];
  spans: Span[];
}

/**
 * A finding's identity across re-checks (verdicts are keyed by it): its rule, code and the cells
 * it names; a finding that names no cell (S07 of table 三 and of table 四) is told apart by where
 * its text is.
 */
export function findingKey(f: Finding): string {
  const base = `${f.rule}|${f.code}|${f.cells.join(",")}`;
  const at = f.cells.length === 0 ? f.spans[0] : undefined;
  return at ? `${base}|@${at[0]}` : base;
}
