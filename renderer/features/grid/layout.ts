/** Label column widths (px) of table 三's three label columns and table 二's one. */
export const T3_LABEL_WIDTHS = [58, 74, 168] as const;
export const T2_LABEL_WIDTH = 150;
/** A row's height in the dense layout of a short window: one line, the label cut with its tooltip. */
export const COMPACT_ROW = 18;
const LINE = 16;
const PAD = 10;
const CHAR = 12.5;

/** How many label columns, from `i`, show the same text (a horizontally merged label). */
export function labelSpan(labels: readonly string[], i: number): number {
  let n = 1;
  while (i + n < labels.length && labels[i + n] === labels[i]) n++;
  return n;
}

interface Laid {
  mergeUp: boolean[];
  mergeDown: boolean[];
  height: number;
  runs: (number | null)[];
}

/**
 * The template's merged label cells: which label cells continue the one above or below, each
 * row's height, and the height of each merged label from the row where it starts.
 */
export function layoutRows<R extends { labels: string[] }>(
  rows: readonly R[],
  widths: readonly number[],
  compact = false,
): (R & Laid)[] {
  const same = (a: R | undefined, b: R | undefined, i: number) =>
    !!a && !!b && a.labels[i] === b.labels[i] && labelSpan(a.labels, i) === labelSpan(b.labels, i);
  const heights = rows.map((r) => (compact ? COMPACT_ROW : labelRowHeight(r.labels, widths)));
  return rows.map((r, k) => {
    const mergeUp = r.labels.map((_, i) => same(rows[k - 1], r, i));
    const runs = r.labels.map((_, i) => {
      if (mergeUp[i]) return null;
      let h = heights[k] as number;
      for (let j = k + 1; same(rows[j - 1], rows[j], i); j++) h += heights[j] as number;
      return h;
    });
    return {
      ...r,
      mergeUp,
      mergeDown: r.labels.map((_, i) => same(r, rows[k + 1], i)),
      height: heights[k] as number,
      runs,
    };
  });
}

/** A row tall enough for its wrapped labels (the merged ones are as wide as their columns). */
export function labelRowHeight(
  labels: readonly string[],
  widths: readonly number[],
  min = 28,
): number {
  let lines = 1;
  for (let i = 0; i < labels.length; ) {
    const span = labelSpan(labels, i);
    // The first column carries the part (三、本年度办理结果) down many rows: it does not size a row.
    if (i > 0 || span > 1) {
      const w = widths.slice(i, i + span).reduce((a, b) => a + b, 0) - 12;
      const perLine = Math.max(1, Math.floor(w / CHAR));
      lines = Math.max(lines, Math.ceil((labels[i] ?? "").length / perLine));
    }
    i += span;
  }
  return Math.max(min, lines * LINE + PAD);
}
