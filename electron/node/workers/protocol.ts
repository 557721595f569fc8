import type { ReadResult } from "./reader.js";

/** One file for a parse worker: its bytes, or a path the worker reads itself. */
export interface ParseJob {
  name: string;
  bytes?: Uint8Array;
  path?: string;
  /** Refuse a scan (PDF_NO_TEXT) instead of recognising it. */
  noOcr?: boolean;
}

/** From the pool: a job, or a scan's turn to be recognised. */
export type ToWorker = { kind: "job"; id: number; job: ParseJob } | { kind: "turn" };

/** From a worker: a scan waits for its turn, a scan's progress, the job's result. */
export type FromWorker =
  | { kind: "turn" }
  | { kind: "scan"; page: number; pages: number }
  | {
      kind: "done";
      id: number;
      result: ReadResult;
      /** Time the worker spent reading and parsing this file. */
      ms: number;
    };
