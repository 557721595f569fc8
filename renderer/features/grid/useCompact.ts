import { useSyncExternalStore } from "react";

/**
 * A short window (a 1366×768 laptop): the tables go dense, one line a row, so that a whole section
 * of table 三 (三、本年度办理结果 down to its 总计) is read without scrolling.
 */
export const COMPACT_QUERY = "(max-height: 800px)";

function subscribe(changed: () => void): () => void {
  const q = window.matchMedia(COMPACT_QUERY);
  q.addEventListener("change", changed);
  return () => q.removeEventListener("change", changed);
}

export function useCompact(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(COMPACT_QUERY).matches);
}
