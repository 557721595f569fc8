import type { Finding } from "../../shared/model/finding.js";
import type { ReadResult } from "../../electron/main/services/reader.js";

/** What `check` found of one input file. */
export interface FileOutcome {
  file: string;
  result: ReadResult;
  /** A file in a folder that is no report (another document): listed, not a failure. */
  skipped: boolean;
  findings: readonly Finding[];
}
