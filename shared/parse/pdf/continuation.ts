import { join, wraps, type BoxCell } from "./cells.js";

export interface Draft {
  cells: BoxCell[];
  tabular: boolean;
  page: number;
}

function target(prev: Draft, c: BoxCell): BoxCell | undefined {
  return prev.cells.find((p) => !p.value && wraps(p, p, c));
}

function continues(prev: Draft, row: Draft): boolean {
  if (!prev.tabular || !row.tabular || row.page !== prev.page + 1) return false;
  const labels = row.cells.filter((c) => !c.value);
  const split = !prev.cells.some((c) => c.value) || labels.length === row.cells.length;
  return split && labels.length > 0 && labels.every((c) => target(prev, c));
}

/**
 * A table row split by a page break leaves the rest of its label as the first row of the next
 * page (with the values, when the first part had none): joined back into one row.
 */
export function joinPageBreaks(rows: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    if (!prev || !continues(prev, row)) {
      out.push(row);
      continue;
    }
    for (const c of row.cells) {
      const t = c.value ? undefined : target(prev, c);
      if (!t) {
        prev.cells.push(c);
        continue;
      }
      t.text = join(t.text, c.text);
      t.x = Math.min(t.x, c.x);
      t.x2 = Math.max(t.x2, c.x2);
    }
  }
  return out;
}
