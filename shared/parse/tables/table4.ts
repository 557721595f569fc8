import { T4_COLUMNS, T4_GROUPS, T4_SPANNING_HEADS } from "../../templates/table4.js";
import { labelKey } from "../keys.js";
import { centre, hasNumber, type Label, type ReadRow } from "./parts.js";
import { mapValues } from "./columns.js";
import { bestMatch, candidates } from "./match.js";
import { cellId, putCell, type TableOutput } from "./cells.js";
import { spacedHeads } from "./header3.js";

const COLS = candidates(T4_COLUMNS, (c) => c.label);
const GROUPS = candidates(T4_GROUPS, (g) => g.label);
const K = T4_COLUMNS.length;
const N = T4_GROUPS.length * K;

type Column = (typeof T4_COLUMNS)[number];

function idAt(i: number): string {
  const g = T4_GROUPS[Math.floor(i / K)];
  const c = T4_COLUMNS[i % K];
  return cellId(4, `${g?.key}`, `${c?.key}`);
}

/** The 15 cells' ids in order, made once. */
let ALL_IDS: string[] | null = null;
const allIds = () => (ALL_IDS ??= Array.from({ length: N }, (_, i) => idAt(i)));

interface Head {
  label: Label;
  col: Column;
}

/**
 * Where each header label stands among the 15 columns (结果维持…总计 three times), in order: a
 * column the header left out is skipped, not filled by its neighbour. In turn when they do not fit.
 */
function align(heads: Head[]): number[] {
  const at: number[] = [];
  let j = 0;
  for (const h of heads) {
    while (j < N && T4_COLUMNS[j % K] !== h.col) j++;
    if (j >= N) return heads.map((_, i) => i);
    at.push(j++);
  }
  return at;
}

/** The characters of the heads over the columns' heads (行政复议, 行政诉讼, the groups' names). */
const GROUP_CHARS = new Set(
  [...T4_GROUPS.map((g) => g.label), ...T4_SPANNING_HEADS].flatMap((l) => [...l]),
);

/**
 * Whether a head reads as its template label: the same, or the same after characters of a group
 * name spread across the columns above it (分散对齐: 行   政   复   议), which a text copy puts
 * on the head's first line.
 */
function asTemplate(key: string, expected: string): boolean {
  if (key === expected) return true;
  const lead = key.slice(0, key.length - expected.length);
  return key.endsWith(expected) && lead.length <= 2 && [...lead].every((c) => GROUP_CHARS.has(c));
}

function deviations(heads: Head[], at: number[], out: TableOutput): void {
  heads.forEach((h, i) => {
    if (asTemplate(h.label.key, labelKey(h.col.label))) return;
    out.labels.push({
      table: 4,
      kind: "column",
      printed: h.label.cell.text.trim(),
      expected: h.col.label,
      cells: [idAt(at[i] ?? i)],
      span: h.label.cell.span,
    });
  });
}

function positions(heads: Head[]): number[] | null {
  const xs = heads.map((h) => centre(h.label.cell));
  return xs.every((x) => x !== null) ? (xs as number[]) : null;
}

/** The 15 heads' positions left to right: a head merged over two head rows (总计) is read first. */
function columnPositions(heads: Head[]): number[] | null {
  const xs = heads.length === N ? positions(heads) : null;
  return xs && xs.sort((a, b) => a - b);
}

const COL_KEYS = T4_COLUMNS.map((c) => labelKey(c.label));
const HEAD_CHARS = new Set(COL_KEYS.flatMap((k) => [...k]));
/**
 * Whether a label is several heads run together: heads printed one character per line, copied
 * in the order the page holds them (维持纠正…果维持果纠正…总计), after the groups' names or not.
 */
const runOfHeads = (key: string) =>
  COL_KEYS.filter((k) => key.includes(k)).length >= 2 ||
  (key.length >= K && [...key].every((ch) => HEAD_CHARS.has(ch)));

const GROUP_KEYS = T4_GROUPS.map((g) => labelKey(g.label));
const DIGITS = /^\d+$/;

/**
 * Whether a paragraph may name a group: every group's key holds 复议, and no character but 复
 * and 议 themselves normalises (NFKC) to either, so a text without both names none.
 */
const mayNameGroup = (text: string) => text.includes("复") && text.includes("议");

/** The group a line names on its own (行政复议, 行政诉讼 未经复议直接起诉, 复议后起诉), if any. */
function namedGroup({ row, parts }: ReadRow): (typeof T4_GROUPS)[number] | null {
  if (!parts && !row.cells.some((c) => mayNameGroup(c.text))) return null;
  const keys = (parts ? parts.keys : row.cells.map((c) => labelKey(c.text))).filter((k) => k);
  if (!keys.length || keys.some((k) => DIGITS.test(k))) return null;
  let named = -1;
  GROUP_KEYS.forEach((g, i) => {
    if (keys.some((k) => k.includes(g))) named = i;
  });
  return T4_GROUPS[named] ?? null;
}

/** Reads table 四 (行政复议、行政诉讼): a header of 3 × 5 column labels and one row of 15 values. */
export function readTable4(rows: ReadRow[], out: TableOutput): boolean {
  const heads: Head[] = [];
  let found = false;
  let named: (typeof T4_GROUPS)[number] | null = null;
  for (const read of rows) {
    named = namedGroup(read) ?? named;
    // A table row's parts, as the region splitter worked them out (readRows).
    const { row: r, parts } = read;
    if (!parts) continue;
    // Column labels right before the values (cells one per line: the header's last 总计 and the
    // 15 numbers read as one row) are the header's, and the numbers the value row.
    const header =
      parts.labels.length > 0 &&
      parts.labels.every((l) => bestMatch(l.key, COLS, 0.75) || runOfHeads(l.key));
    if (!hasNumber(parts.values) || header) {
      for (const l of parts.labels)
        for (const label of spacedHeads(l, COLS)) {
          const col = bestMatch(label.key, COLS, 0.75);
          if (col && heads.length < N) heads.push({ label, col });
        }
      // A blank form: after the full header, a row of 15 empty cells is the value row.
      const blankRow = !found && !parts.labels.length && parts.values.length === N;
      if (!hasNumber(parts.values) && !(blankRow && heads.length === N)) continue;
    }
    // Table 四 printed as three blocks of 5 columns, each under its group's name.
    if (named && (header || !parts.labels.length) && parts.values.length === T4_COLUMNS.length) {
      const base = T4_GROUPS.indexOf(named) * T4_COLUMNS.length;
      parts.values.forEach((v, j) => putCell(out, idAt(base + j), v, r));
      found = true;
      continue;
    }
    const last = header ? undefined : parts.labels[parts.labels.length - 1];
    const group = last ? bestMatch(last.key, GROUPS, 0.75) : null;
    if (group) {
      const base = T4_GROUPS.indexOf(group) * K;
      const a = positions(heads.slice(base, base + K));
      const m = mapValues(parts.values, K, a?.length === K ? a : null);
      T4_COLUMNS.forEach((_, j) => putCell(out, idAt(base + j), m.slots[j] ?? null, r));
      found = true;
      continue;
    }
    if ((parts.labels.length && !header) || found) continue;
    const at = align(heads);
    const whole = mapValues(parts.values, N, columnPositions(heads));
    // A header naming fewer columns over a row printing as many values: those columns only.
    // (Not for values whose columns the source cannot tell: heads and values then tally by chance.)
    const loose = parts.values.some((v) => v.loose);
    const own = !loose && at.length >= K && at.length < N && whole.printed === at.length;
    const m = own ? mapValues(parts.values, at.length, positions(heads)) : whole;
    const ids = own ? at.map(idAt) : allIds();
    ids.forEach((id, i) => putCell(out, id, m.slots[i] ?? null, r));
    if (whole.printed !== N)
      out.shapes.push({
        table: 4,
        printedColumns: whole.printed,
        expectedColumns: N,
        span: r.span,
      });
    found = true;
  }
  deviations(heads, align(heads), out);
  // Every head read but no value: the table is there, its cells unread (S10), not missing (S05).
  return found || heads.length === N;
}
