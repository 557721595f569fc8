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

/**
 * Whether lone label `c` fills a gap of row `r`: every cell of `r` lies wholly to its right
 * (a label merged over rows), or some lie to its left and values to its right, none in its
 * column (a row label of several lines beside a group label, top-aligned as Word prints
 * cells: its centre sits below the one-line cells of its own row).
 */
function fillsGap(c: BoxCell, r: BoxCell[]): boolean {
  const slack = c.h * 0.2;
  const right = (o: BoxCell) => o.x >= c.x2 - slack;
  if (r.every(right)) return true;
  const left = (o: BoxCell) => o.x2 <= c.x + slack;
  return r.every((o) => left(o) || right(o)) && r.some((o) => o.value && right(o));
}

/** The nearest row above (-1) or below (1) that is left (a row joined to another is empty). */
function near(rows: BoxCell[][], i: number, step: -1 | 1): number {
  let j = i + step;
  while (j >= 0 && j < rows.length && !rows[j]?.length) j += step;
  return j;
}

/** A lone label in a gap of a neighbouring row: a label merged over rows, or wrapped apart. */
function host(rows: BoxCell[][], i: number): number {
  const row = rows[i] as BoxCell[];
  const c = row[0] as BoxCell;
  if (row.length !== 1 || c.value) return -1;
  let best = -1;
  let dist = c.h * ATTACH;
  for (const j of [near(rows, i, -1), i + 1]) {
    const r = rows[j];
    if (!r || !r.length) continue;
    // Centred, top- or bottom-aligned: the label lines up with the row one of these ways.
    const d = Math.min(
      ...r.map((o) =>
        Math.min(Math.abs(o.mid - c.mid), Math.abs(o.top - c.top), Math.abs(o.bottom - c.bottom)),
      ),
    );
    if (d <= dist && fillsGap(c, r)) {
      best = j;
      dist = d;
    }
  }
  return best;
}

/**
 * Whether a row of values alone stands beside the label of a neighbouring row of labels alone:
 * on the height of one of its own label's lines (a label wrapped over lines in a row aligned
 * top or bottom: its centre is not the values'), and right of it.
 */
function besideLabel(values: BoxCell[], labels: BoxCell[]): boolean {
  if (!labels.length || labels.some((c) => c.value)) return false;
  const own = labels.reduce((a, c) => (c.x > a.x ? c : a));
  const slack = own.h * SAME_ROW;
  return values.every(
    (v) => v.x >= own.x2 - slack && v.mid >= own.top - slack && v.mid <= own.bottom + slack,
  );
}

/** A row of values alone joined to the row of labels alone whose label it stands beside. */
function joinValues(rows: BoxCell[][]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as BoxCell[];
    if (!row.length || !row.every((c) => c.value)) continue;
    const j = [near(rows, i, -1), near(rows, i, 1)].find((k) => besideLabel(row, rows[k] ?? []));
    if (j === undefined) continue;
    rows[j]!.push(...row);
    rows[i] = [];
  }
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
  joinValues(rows);
  return rows.filter((r) => r.length).map((r) => r.sort(byX));
}
