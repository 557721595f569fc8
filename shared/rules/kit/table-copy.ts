import type { Report } from "../../model/report.js";
import { perSet, type PerSet } from "./per-set.js";

const cache = new WeakMap<Report, Map<number, string | null>>();

/**
 * A table's printed values as one string (cell id = value, in id order), or null when it holds
 * fewer than `minNonzero` nonzero numbers: an empty or all-zero table is no evidence of a copy.
 */
export function tableSignature(r: Report, table: 2 | 3 | 4, minNonzero: number): string | null {
  let m = cache.get(r);
  if (!m) cache.set(r, (m = new Map()));
  const key = minNonzero * 8 + table;
  const hit = m.get(key);
  if (hit !== undefined) return hit;
  const prefix = `t${table}.`;
  const ids = Object.keys(r.cells)
    .filter((id) => id.startsWith(prefix))
    .sort();
  let nonzero = 0;
  const parts = ids.map((id) => {
    const v = r.cells[id]?.value ?? null;
    if (typeof v === "number" && v !== 0) nonzero++;
    return `${id}=${v === null ? "" : String(v)}`;
  });
  const sig = nonzero >= minNonzero ? parts.join(";") : null;
  m.set(key, sig);
  return sig;
}

const bySet = new WeakMap<readonly Report[], PerSet<Map<string, Report[]>>>();

/** The reports of a set printing this table's signature, in the set's order (none: []). */
export function sameSignature(
  set: readonly Report[],
  table: 2 | 3 | 4,
  minNonzero: number,
  signature: string,
): readonly Report[] {
  const buckets = perSet(bySet, set, minNonzero * 8 + table, () => {
    const out = new Map<string, Report[]>();
    for (const r of set) {
      const sig = tableSignature(r, table, minNonzero);
      if (sig === null) continue;
      const at = out.get(sig);
      if (at) at.push(r);
      else out.set(sig, [r]);
    }
    return out;
  });
  return buckets.get(signature) ?? [];
}
