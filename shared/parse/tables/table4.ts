import type { SourceCell, SourceRow } from "../source.js";
import { T4_COLUMNS, T4_GROUPS } from "../../templates/table4.js";
import { labelKey } from "../normalize.js";
import { rowParts, centre, hasNumber } from "./parts.js";
import { mapValues } from "./columns.js";
import { bestMatch, candidates } from "./match.js";
import { putCell, type TableOutput } from "./cells.js";

const COLS = candidates(T4_COLUMNS, (c) => c.label);
const GROUPS = candidates(T4_GROUPS, (g) => g.label);
const N = T4_GROUPS.length * T4_COLUMNS.length;

function idAt(i: number): string {
  const g = T4_GROUPS[Math.floor(i / T4_COLUMNS.length)];
  const c = T4_COLUMNS[i % T4_COLUMNS.length];
  return `t4.${g?.key}.${c?.key}`;
}

/** The group a line names on its own (行政复议, 行政诉讼 未经复议直接起诉, 复议后起诉), if any. */
function namedGroup(r: SourceRow): (typeof T4_GROUPS)[number] | null {
  const keys = r.cells.map((c) => labelKey(c.text)).filter((k) => k);
  if (!keys.length || keys.some((k) => /^\d+$/.test(k))) return null;
  return T4_GROUPS.filter((g) => keys.some((k) => k.includes(labelKey(g.label)))).pop() ?? null;
}

/** Reads table 四 (行政复议、行政诉讼): a header of 3 × 5 column labels and one row of 15 values. */
export function readTable4(rows: SourceRow[], out: TableOutput): boolean {
  const anchors: (number | null)[] = [];
  let found = false;
  let named: (typeof T4_GROUPS)[number] | null = null;
  for (const r of rows) {
    named = namedGroup(r) ?? named;
    if (!r.tabular) continue;
    const parts = rowParts(r);
    // Column labels right before the values (cells one per line: the header's last 总计 and the
    // 15 numbers read as one row) are the header's, and the numbers the value row.
    const header =
      parts.labels.length > 0 && parts.labels.every((l) => bestMatch(l.key, COLS, 0.75));
    if (!hasNumber(parts.values) || header) {
      for (const l of parts.labels) {
        const col = bestMatch(l.key, COLS, 0.75);
        if (!col || anchors.length >= N) continue;
        const i = anchors.length;
        anchors.push(centre(l.cell));
        if (l.key !== labelKey(col.label))
          out.labels.push({
            table: 4,
            kind: "column",
            printed: l.cell.text.trim(),
            expected: col.label,
            cells: [idAt(i)],
            span: l.cell.span,
          });
      }
      if (!hasNumber(parts.values)) continue;
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
      const base = T4_GROUPS.indexOf(group) * T4_COLUMNS.length;
      const ids = T4_COLUMNS.map((_, j) => idAt(base + j));
      const a = anchors.slice(base, base + T4_COLUMNS.length);
      const m = mapValues(
        parts.values,
        T4_COLUMNS.length,
        a.every((x) => x !== null) ? (a as number[]) : null,
      );
      ids.forEach((id, j) => putCell(out, id, m.slots[j] ?? null, r));
      found = true;
      continue;
    }
    if ((parts.labels.length && !header) || found) continue;
    const full =
      anchors.length === N && anchors.every((x) => x !== null) ? (anchors as number[]) : null;
    const m = mapValues(parts.values, N, full);
    m.slots.forEach((c: SourceCell | null, i) => putCell(out, idAt(i), c, r));
    if (m.printed !== N)
      out.shapes.push({ table: 4, printedColumns: m.printed, expectedColumns: N, span: r.span });
    found = true;
  }
  return found;
}
