/** One entry of the audit's append-only log: every import, edit, verdict, sign-off and export. */
export interface HistoryEntry {
  seq: number;
  at: string;
  by: string;
  kind: string;
  reportId: string | null;
  detail: Record<string, unknown>;
  /** SHA-256 (hex) of the previous entry's hash and this entry: a hash chain. */
  hash: string;
}

/** Whether the saved history is the one nianbao wrote: the first entry whose hash fails, if any. */
export interface HistoryIntegrity {
  ok: boolean;
  brokenAt: number | null;
  entries: number;
}

/** The text an entry's hash covers, after the previous hash. */
export function entryText(e: Omit<HistoryEntry, "hash">): string {
  return JSON.stringify([e.seq, e.at, e.by, e.kind, e.reportId, e.detail]);
}
