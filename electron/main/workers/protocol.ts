import type { ReadResult } from "../services/reader.js";

/** One file for a parse worker: its bytes, or a path the worker reads itself. */
export interface ParseJob {
  name: string;
  bytes?: Uint8Array;
  path?: string;
  /** Refuse a scan (PDF_NO_TEXT) instead of recognising it here. */
  noOcr?: boolean;
}

export interface ParseRequest {
  id: number;
  job: ParseJob;
}

export interface ParseReply {
  id: number;
  result: ReadResult;
  /** Time the worker spent reading and parsing this file. */
  ms: number;
}
