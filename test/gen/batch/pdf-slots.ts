/** Where each printed cell of a table row goes: the label area (null) or value columns [from, to]. */
export type Slot = readonly [number, number] | null;

/** Value columns of each table, and the header rows whose cells span several of them. */
export function slotsOf(table: 2 | 3 | 4, row: string[], index: number, columns: number): Slot[] {
  const all = (): Slot => [0, columns - 1];
  if (table === 3 && index === 0) return [null, all()];
  if (table === 3 && index === 1) return [null, [0, 0], [1, 5], [6, 6]];
  if (table === 3 && index === 2) return [null, null, ...[1, 2, 3, 4, 5].map((c): Slot => [c, c])];
  if (table === 4 && index === 0)
    return [
      [0, 4],
      [5, 14],
    ];
  if (table === 4 && index === 1)
    return [...[0, 1, 2, 3, 4].map((c): Slot => [c, c]), [5, 9], [10, 14]];
  if (row.length === 1) return [null];
  const values = Math.min(columns, row.length - (table === 4 ? 0 : 1));
  const lead = row.length - values;
  return row.map((_, i): Slot => (i < lead ? null : [i - lead, i - lead]));
}

/** How many value columns a table row set has (table 二: the widest row of its block). */
export function columnsOf(table: 2 | 3 | 4, rows: string[][]): number {
  if (table === 3) return 7;
  if (table === 4) return 15;
  return Math.max(...rows.map((r) => r.length - 1));
}
