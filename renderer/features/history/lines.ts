import type { HistoryEntry } from "../../../shared/model/history.js";
import { currentKey } from "../../../shared/model/finding.js";

/** A line of the timeline: one entry, or the verdict one line of findings had, told once. */
export interface TimelineLine {
  entry: HistoryEntry;
  /** How many findings the verdict was given to (1: an entry of its own). */
  count: number;
}

const str = (x: unknown) => (typeof x === "string" ? x : "");

/**
 * The timeline's lines. A verdict given to a line of findings (the remains of one partly cleared
 * finding, `groupOf` names its group by key) is recorded per finding; the entries that follow one
 * another with the same verdict, note, judge and group are told as one line.
 */
export function timelineLines(
  entries: readonly HistoryEntry[],
  groupOf: (key: string) => string | undefined,
): TimelineLine[] {
  const lines: (TimelineLine & { group?: string; keys: Set<string> })[] = [];
  for (const e of entries) {
    const key = e.kind === "verdict" ? currentKey(str(e.detail.key)) : "";
    const group = key ? groupOf(key) : undefined;
    const last = lines[lines.length - 1];
    if (
      group !== undefined &&
      last &&
      last.group === group &&
      last.entry.kind === "verdict" &&
      last.entry.by === e.by &&
      last.entry.reportId === e.reportId &&
      last.entry.detail.status === e.detail.status &&
      last.entry.detail.note === e.detail.note &&
      last.entry.detail.from === e.detail.from &&
      !last.keys.has(key)
    ) {
      last.count++;
      last.keys.add(key);
      continue;
    }
    lines.push({ entry: e, count: 1, group, keys: new Set(key ? [key] : []) });
  }
  return lines.map(({ entry, count }) => ({ entry, count }));
}

/** The group of a finding's key: the printed finding it remains of, when corrections split it. */
export const groupByOrigin =
  (partly: ReadonlyMap<string, string> | undefined) =>
  (key: string): string | undefined =>
    partly?.get(key);
