import type { Finding } from "../../shared/model/finding.js";
import type { FileOutcome as Outcome } from "../../shared/model/outcome.js";
import type { Report } from "../../shared/model/report.js";

/** A report `check` read, with what the rules found in it. */
export interface Checked {
  report: Report;
  findings: readonly Finding[];
}

/** What `check` found of one input file: the one outcome of a file, carrying its findings. */
export type FileOutcome = Outcome<Checked>;
