import type { SourceCell } from "../source.js";
import type { PlainBlock, PlainLabel } from "./plain-blocks.js";
import { NUMBERED } from "./spaced.js";

/**
 * Values of consecutive template rows, as the blocks print them: one row of K cells a block
 * each (row by row), or K blocks of n values (column by column: n rows).
 */
export interface Unit {
  /** The values row by row, each row's values left to right. */
  rows: SourceCell[][];
  /** Row labels printed since the values before (only on a run's first unit). */
  before: PlainLabel[];
  /** How many rows the run of values holds from this unit on (the label before names one of them). */
  runRows: number;
  /** Values no unit fits were printed between the unit before (or the table's start) and this one. */
  junkBefore: boolean;
}

/** The table's units in print order, and the row labels printed after the last one. */
export interface Units {
  units: Unit[];
  /** Row labels printed after the last unit. */
  after: PlainLabel[];
  /** Values no unit fits were printed after the last unit. */
  junkAfter: boolean;
}

function transpose(blocks: SourceCell[][]): SourceCell[][] {
  const n = (blocks[0] as SourceCell[]).length;
  return Array.from({ length: n }, (_, i) => blocks.map((b) => b[i] as SourceCell));
}

/**
 * A run of value blocks (no label between them) as units: blocks of one value, K a row;
 * blocks of n values, K a set of n rows. Null when the run fits neither (values of a row
 * left blank, columns out of order): where it stands, nothing is known.
 * `short`: a row label stands right before: a run of fewer than K single values is its row
 * with cells merged or left blank (placed by the table reader, as any such row).
 */
function runUnits(run: SourceCell[][], short: boolean, K: number): SourceCell[][][] | null {
  const out: SourceCell[][][] = [];
  if (short && run.length < K && run.every((b) => b.length === 1))
    return [[run.map((b) => b[0] as SourceCell)]];
  for (let i = 0; i < run.length; ) {
    const n = (run[i] as SourceCell[]).length;
    let j = i;
    while (j < run.length && (run[j] as SourceCell[]).length === n) j++;
    if ((j - i) % K) return null;
    for (let k = i; k < j; k += K) {
      const blocks = run.slice(k, k + K);
      if (n === 1) out.push([blocks.map((b) => b[0] as SourceCell)]);
      else out.push(transpose(blocks));
    }
    i = j;
  }
  return out;
}

/**
 * The blocks of a table whose rows print `K` values as units of rows. `whole`: the blocks hold
 * exactly the table's every cell, so no row prints fewer than K values (a short run is then a
 * row's cells parted by heads or labels, never a row with merged or blank cells).
 */
export function unitsOf(blocks: readonly PlainBlock[], K: number, whole = false): Units {
  const units: Unit[] = [];
  let junk = false;
  let before: PlainLabel[] = [];
  let direct = false;
  let run: SourceCell[][] = [];
  // Values printed in one block right under a column head: that column's, not a row's first.
  let underHead = false;
  // A short run is a row's only when a numbered label (the next row's, a group's) or the
  // table's end follows it: a column head there (社会 / 0) means the row's cells are scattered.
  // A few lone values after labels naming no row, right before one row's label and values.
  let held: SourceCell[][] = [];
  let heldBlocks = 0;
  const flushRun = (next?: PlainBlock) => {
    if (!run.length) return;
    const first = next?.kind === "labels" ? next.labels[0]?.cell.text.trim() : undefined;
    const lone = (r: SourceCell[][]) => r.every((b) => b.length === 1);
    if (held.length && heldBlocks === 1 && direct && lone(run) && held.length + run.length <= K)
      run = [...held, ...run];
    else if (held.length) junk = true;
    held = [];
    const got = underHead
      ? null
      : runUnits(run, !whole && direct && (!next || NUMBERED.test(first ?? "")), K);
    // Poppler may print a row's first value before its label, after the group labels it
    // gathers at a band's end (（五）不予 / 处理 / 0 / 四、结转下年度继续办理 / 0): held for the run
    // after that label, the row's; anything else after it makes it a value no unit fits. Several
    // values there are another row's, printed in strips (a Chrome print: 3. / 26 / 0 / 0 / 0 / 0 /
    // 保护第三方合法权益 0, where 26 is no value of that row).
    const rowNext = next?.kind === "labels" && next.labels.length === 1 && !!next.labels[0]?.row;
    if (!got && !whole && !direct && !before.length && run.length === 1 && lone(run) && rowNext) {
      held = run;
      heldBlocks = 0;
      run = [];
      underHead = false;
      return;
    }
    run = [];
    underHead = false;
    if (!got) {
      // Labels printed before values no unit fits may be those values' rows: they say nothing.
      junk = true;
      before = [];
      return;
    }
    let left = got.reduce((n, u) => n + u.length, 0);
    got.forEach((rows, i) => {
      units.push({
        rows,
        before: i === 0 ? before : [],
        runRows: left,
        junkBefore: i === 0 && junk,
      });
      left -= rows.length;
    });
    before = [];
    junk = false;
  };
  for (const b of blocks) {
    if (b.kind === "values") {
      run.push(b.cells);
      underHead ||= b.underHead === true;
      continue;
    }
    flushRun(b);
    if (held.length) heldBlocks++;
    before.push(...b.labels.filter((l) => l.row !== null));
    direct = b.labels.length > 0 && b.labels[b.labels.length - 1]?.row !== null;
  }
  flushRun();
  if (held.length) junk = true;
  return unsure(units, K, { units, after: before, junkAfter: junk });
}

/**
 * Rows printing fewer than K values (merged or blank cells) are read as printed, but not where
 * values no unit fits stand right before them. A row's few values and the next row's that make
 * K are one row's, parted by a label (（七）总计 / 0 / 四、结转… / 0 0 0 0 0 0): one unit, both
 * labels before it (the rows' order says whose).
 */
function unsure(units: Unit[], K: number, out: Units): Units {
  const short = (u: Unit | undefined): u is Unit =>
    !!u && u.rows.length === 1 && (u.rows[0]?.length ?? 0) < K;
  const merged: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    const next = units[i + 1];
    const a = u.rows[0] ?? [];
    const b = next?.rows[0] ?? [];
    if (short(u) && short(next) && !next.junkBefore && a.length + b.length === K) {
      merged.push({
        ...u,
        rows: [[...a, ...b]],
        before: [...u.before, ...next.before],
        runRows: 1,
      });
      i++;
    } else merged.push(u);
  }
  const kept: Unit[] = [];
  let junk = false;
  for (const u of merged)
    if (short(u) && u.junkBefore) junk = true;
    else {
      kept.push(junk ? { ...u, junkBefore: true, before: [] } : u);
      junk = false;
    }
  return { units: kept, after: junk ? [] : out.after, junkAfter: out.junkAfter || junk };
}
