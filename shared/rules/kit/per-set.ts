import type { Report } from "../../model/report.js";

/** What was built from one set of reports, by key, and the reports it was built from. */
export interface PerSet<T> {
  reports: readonly Report[];
  values: Map<string | number, T>;
}

/**
 * Built once per set of reports (an index of the audit), not once per report checked. Found by
 * the set's array and kept only while it holds the same reports: an array changed in place since
 * is indexed anew.
 */
export function perSet<T>(
  cache: WeakMap<readonly Report[], PerSet<T>>,
  set: readonly Report[],
  key: string | number,
  build: () => T,
): T {
  let kept = cache.get(set);
  if (!kept || kept.reports.length !== set.length || kept.reports.some((r, i) => r !== set[i])) {
    kept = { reports: [...set], values: new Map() };
    cache.set(set, kept);
  }
  const hit = kept.values.get(key);
  if (hit !== undefined) return hit;
  const value = build();
  kept.values.set(key, value);
  return value;
}
