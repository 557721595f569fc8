import { createHash } from "node:crypto";
import {
  entryText,
  type HistoryEntry,
  type HistoryIntegrity,
} from "../../../shared/model/history.js";

/** The hash before the first entry. */
export const CHAIN_START = "0".repeat(64);

export function chainHash(prev: string, e: Omit<HistoryEntry, "hash">): string {
  return createHash("sha256").update(prev).update("\n").update(entryText(e)).digest("hex");
}

/** The entry as the next link of a chain ending at `prev`. */
export function linked(prev: string, e: Omit<HistoryEntry, "hash">): HistoryEntry {
  return { ...e, hash: chainHash(prev, e) };
}

/**
 * Recomputes the chain: an entry edited, removed or inserted after it was written breaks it at
 * that entry (or, for a removed last entry, at none: the log then ends early, which the entry
 * count of the audit's meta shows).
 */
export function verifyChain(history: readonly HistoryEntry[], expected?: number): HistoryIntegrity {
  let prev = CHAIN_START;
  for (const [i, e] of history.entries()) {
    if (e.seq !== i + 1 || e.hash !== chainHash(prev, e))
      return { ok: false, brokenAt: e.seq, entries: history.length };
    prev = e.hash;
  }
  if (expected !== undefined && expected > history.length)
    return { ok: false, brokenAt: history.length + 1, entries: history.length };
  return { ok: true, brokenAt: null, entries: history.length };
}
