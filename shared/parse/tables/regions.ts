import type { ReadRow, RowParts } from "./parts.js";
import { LAWSUIT, OPENS_T2, OPENS_T3, REVIEW } from "./marks.js";

export type TableNo = 2 | 3 | 4;

function trigger(parts: RowParts | null): TableNo | null {
  if (!parts) return null;
  let all = 0;
  for (const m of parts.marks) {
    if (m & OPENS_T2) return 2;
    all |= m;
  }
  if (all & OPENS_T3) return 3;
  if (all & REVIEW && all & LAWSUIT) return 4;
  return null;
}

/**
 * Splits the rows into the regions of tables 二, 三, 四: a region starts at its section heading
 * or at a row only that table has (第二十条…, 申请人情况, 行政复议 | 行政诉讼) and ends at the next.
 */
export function tableRegions(
  rows: ReadRow[],
  headings: Map<number, number>,
): Record<TableNo, ReadRow[]> {
  const regions: Record<TableNo, ReadRow[]> = { 2: [], 3: [], 4: [] };
  let current: TableNo | null = null;
  rows.forEach((row, i) => {
    const section = headings.get(i);
    if (section !== undefined) current = section >= 2 && section <= 4 ? (section as TableNo) : null;
    const t = trigger(row.parts);
    if (t !== null) current = t;
    if (current !== null) regions[current].push(row);
  });
  return regions;
}

/** A head word of table 四 in a short label, however the head around it was cut or glued. */
const T4_WORD = /^[^\d，。；：:]{0,8}(行政复议|行政诉讼)[^\d，。；：:]{0,8}$/u;

function t4HeadWords(region: ReadRow[]): boolean {
  const seen = new Set<string>();
  for (const r of region)
    for (const k of r.parts?.keys ?? []) {
      // Both head words start with 行政: a key without it (a number, mostly) is passed over.
      const m = k.includes("行政") ? T4_WORD.exec(k) : null;
      if (m) seen.add(m[1] as string);
    }
  return seen.size === 2;
}

/**
 * The tables whose own head is printed: a head row (第二十条…, 申请人情况, 行政复议 | 行政诉讼), or
 * table 四's two head words among its region's table rows when the head came apart.
 */
export function headedTables(rows: ReadRow[], regions: Record<TableNo, ReadRow[]>): Set<TableNo> {
  const out = new Set<TableNo>();
  for (const row of rows) {
    const t = trigger(row.parts);
    if (t !== null) out.add(t);
  }
  if (t4HeadWords(regions[4])) out.add(4);
  return out;
}
