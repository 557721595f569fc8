import type { SourceCell } from "../source.js";
import { centre, isCovered } from "./parts.js";

/** How a row's value slots were laid onto the template's k columns. */
export interface Mapped {
  slots: (SourceCell | null)[];
  printed: number;
}

function trimTo(values: SourceCell[], k: number): SourceCell[] {
  const v = values.slice();
  while (v.length > k && v[v.length - 1]?.text.trim() === "") v.pop();
  while (v.length > k && v[0]?.text.trim() === "") v.shift();
  return v;
}

/**
 * Positional mapping for layouts without coordinates. Fewer slots than columns means merged
 * cells: the first slot is the first column and the last slot the last (总计) column.
 */
function byPosition(values: SourceCell[], k: number): (SourceCell | null)[] {
  const v = trimTo(values, k);
  if (v.length === k) return v;
  if (v.length > k) return [...v.slice(0, k - 1), v[v.length - 1] ?? null];
  const slots: (SourceCell | null)[] = new Array<SourceCell | null>(k).fill(null);
  if (v.length === 1) slots[k - 1] = v[0] ?? null;
  else if (v.length > 1) {
    v.slice(0, -1).forEach((c, i) => (slots[i] = c));
    slots[k - 1] = v[v.length - 1] ?? null;
  }
  return slots;
}

function nearest(x: number, anchors: number[]): number {
  let best = 0;
  anchors.forEach((a, i) => {
    if (Math.abs(a - x) < Math.abs((anchors[best] ?? 0) - x)) best = i;
  });
  return best;
}

/** Whether a row prints values and each of them has a position on the page. */
function positioned(values: readonly SourceCell[]): boolean {
  let any = false;
  for (const v of values) {
    if (v.text.trim() === "") continue;
    if (centre(v) === null) return false;
    any = true;
  }
  return any;
}

/** The slot of a column whose value the source printed but not where (putCell leaves it out). */
const UNPLACED = new WeakSet<SourceCell>();

export const isUnplaced = (c: SourceCell | null) => c !== null && UNPLACED.has(c);

/** Maps value slots to k columns: by x against column anchors where the source has them. */
export function mapValues(values: SourceCell[], k: number, anchors: number[] | null): Mapped {
  if (anchors && anchors.length === k && positioned(values)) {
    const filled = values.filter((v) => v.text.trim() !== "");
    const slots: (SourceCell | null)[] = new Array<SourceCell | null>(k).fill(null);
    let clash = false;
    for (const v of filled) {
      const i = nearest(centre(v) ?? 0, anchors);
      if (slots[i]) clash = true;
      slots[i] = v;
    }
    // Blank cells with a position (a ruled grid read from a scan) keep their own place.
    for (const v of values)
      if (v.text.trim() === "" && centre(v) !== null) {
        const i = nearest(centre(v) ?? 0, anchors);
        slots[i] ??= v;
      }
    if (!clash) return { slots, printed: k };
  }
  const trimmed = trimTo(values, k);
  if ((trimmed.length !== k && trimmed.some((v) => v.loose)) || values.some((v) => v.unsure)) {
    const span = trimmed[0]?.span ?? [0, 0];
    const slots = Array.from({ length: k }, (): SourceCell => {
      const c: SourceCell = { text: "", span };
      UNPLACED.add(c);
      return c;
    });
    return { slots, printed: trimmed.length };
  }
  // A Word table whose cell borders do not line up with the header's (a value merged over a
  // column and a half): a row of exactly k cells still prints one value a column, in order.
  if (values.length > k) {
    const own = values.filter((v) => !isCovered(v));
    if (own.length === k) return { slots: own, printed: k };
  }
  return { slots: byPosition(values, k), printed: trimTo(values, k).length };
}

/** Column anchors from the rows that print exactly k positioned values (median x per column). */
export function anchorsFromRows(rows: SourceCell[][], k: number): number[] | null {
  const full = rows
    .filter(positioned)
    .map((r) => r.filter((v) => v.text.trim() !== ""))
    .filter((r) => r.length === k);
  if (!full.length) return null;
  const anchors: number[] = [];
  for (let i = 0; i < k; i++) {
    const xs = full.map((r) => centre(r[i] as SourceCell) ?? 0).sort((a, b) => a - b);
    anchors.push(xs[Math.floor(xs.length / 2)] ?? 0);
  }
  return anchors;
}
