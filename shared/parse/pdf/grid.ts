import type { BoxCell } from "./cells.js";

/** Cells whose text is centred within this much (in font sizes) stand in one table row. */
const SAME_ROW = 0.4;
/** How far a merged label's centre may sit from the row it is attached to (font sizes). */
const ATTACH = 1.5;

function byX(a: BoxCell, b: BoxCell): number {
  return a.x - b.x;
}

function clusters(cells: BoxCell[]): BoxCell[][] {
  const sorted = cells.slice().sort((a, b) => a.mid - b.mid);
  const rows: BoxCell[][] = [];
  let ref: BoxCell | undefined;
  for (const c of sorted) {
    if (ref && c.mid - ref.mid <= SAME_ROW * Math.max(c.h, ref.h)) {
      rows[rows.length - 1]?.push(c);
      continue;
    }
    ref = c;
    rows.push([c]);
  }
  return rows;
}

/** A lone label left of every cell of a neighbouring row: a label merged over several rows. */
function host(rows: BoxCell[][], i: number): number {
  const row = rows[i] as BoxCell[];
  const c = row[0] as BoxCell;
  if (row.length !== 1 || c.value) return -1;
  let best = -1;
  let dist = c.h * ATTACH;
  for (const j of [i - 1, i + 1]) {
    const r = rows[j];
    if (!r || !r.length) continue;
    const d = Math.abs(r[0]!.mid - c.mid);
    if (d <= dist && r.every((o) => o.x >= c.x2 - c.h * 0.2)) {
      best = j;
      dist = d;
    }
  }
  return best;
}

/**
 * Table rows from cells: cells centred on one height form a row. A merged label cell (三、本年度
 * 办理结果, （三）不予公开) is centred on its whole group of rows; alone on its height, it joins
 * the nearest neighbouring row that lies wholly to its right.
 */
export function tableRows(cells: BoxCell[]): BoxCell[][] {
  const rows = clusters(cells);
  for (let i = 0; i < rows.length; i++) {
    const j = host(rows, i);
    if (j < 0) continue;
    rows[j]!.push(...rows[i]!);
    rows[i] = [];
  }
  return rows.filter((r) => r.length).map((r) => r.sort(byX));
}
