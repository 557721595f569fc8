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

export { currentKey, findingKey } from "./finding-id.js";
