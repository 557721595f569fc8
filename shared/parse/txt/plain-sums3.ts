import type { SourceCell } from "../source.js";
import type { T3Row } from "../../templates/table3.js";
import { parseNumber } from "../../text/number.js";

/** The values the ways to lay table 三's strips put in a cell (its text: one of its cells). */
export type Choices = Map<string, SourceCell>;

/** Past this many combinations a sum is not tried (it would tell little and cost much). */
const MAX_COMBOS = 4096;

/** A sum the template fixes: Σ coef × cell = 0 over its cells (row, column). */
type Sum = [number, number, number][];

/**
 * The template's sums over table 三 (A01, A02, A03's arithmetic): each row's 总计 column is the
 * sum of the six others; each column's （七）总计 is the sum of the result rows; and 一 + 二 =
 * （七）总计 + 四.
 */
function sumsOf(order: readonly T3Row[], K: number): Sum[] {
  const at = (key: string) => order.findIndex((r) => r.key === key);
  const [nw, carried, total, carry] = ["new", "carried", "total", "carryOver"].map(at);
  const out: Sum[] = order.map((_, r) => [
    ...Array.from({ length: K - 1 }, (_, j): [number, number, number] => [r, j, 1]),
    [r, K - 1, -1],
  ]);
  if ([nw, carried, total, carry].some((i) => i === undefined || i < 0)) return out;
  for (let j = 0; j < K; j++) {
    out.push([
      ...order.flatMap((row, r): [number, number, number][] => (row.result ? [[r, j, 1]] : [])),
      [total as number, j, -1],
    ]);
    out.push([
      [nw as number, j, 1],
      [carried as number, j, 1],
      [total as number, j, -1],
      [carry as number, j, -1],
    ]);
  }
  return out;
}

const numbers = (c: Choices): number[] | null => {
  const out: number[] = [];
  for (const t of c.keys()) {
    const n = parseNumber(t);
    if (n === null) return null;
    out.push(n);
  }
  return out;
};

/**
 * Narrows the cells the strips leave in doubt by the template's sums, where they prove a value:
 * of every value each cell of a sum may hold, the combinations that make the sum hold all give
 * that cell one value. The sums are taken as proof only where the table keeps them: when a sum
 * whose cells are all certain fails, or no combination makes one hold, the report does not add
 * up (an inspector's finding) and nothing is narrowed. Returns the grid narrowed, or the grid as
 * it was.
 */
export function settleBySums(grid: Choices[][], order: readonly T3Row[]): Choices[][] {
  const K = grid[0]?.length ?? 0;
  const out = grid.map((row) => row.map((c) => new Map(c)));
  const sums = sumsOf(order, K);
  let changed = true;
  while (changed) {
    changed = false;
    for (const sum of sums) {
      const cells = sum.map(([r, j]) => out[r]?.[j]);
      if (cells.some((c) => !c?.size)) continue;
      const values = cells.map((c) => numbers(c as Choices));
      if (values.some((v) => v === null)) continue;
      const vs = values as number[][];
      if (vs.reduce((n, v) => n * v.length, 1) > MAX_COMBOS) continue;
      let combos: number[][] = [[]];
      for (const v of vs) combos = combos.flatMap((c) => v.map((x) => [...c, x]));
      const hold = combos.filter(
        (c) =>
          Math.abs(c.reduce((s, x, i) => s + x * (sum[i] as [number, number, number])[2], 0)) <
          1e-6,
      );
      if (!hold.length) return grid;
      vs.forEach((v, i) => {
        if (v.length < 2) return;
        const kept = new Set(hold.map((c) => c[i]));
        if (kept.size === v.length) return;
        const c = cells[i] as Choices;
        for (const t of [...c.keys()]) if (!kept.has(parseNumber(t) as number)) c.delete(t);
        changed = true;
      });
    }
  }
  return out;
}
