import type { SourceCell, SourceRow } from "../source.js";
import { T3_COLUMNS, T3_ROWS } from "../../templates/table3.js";
import { labelKey } from "../../text/normalize.js";
import { bestMatch, candidates } from "../tables/match.js";
import { BARE_VALUE } from "./bare-value.js";

const K = T3_COLUMNS.length;
const ORDERS = Object.values(T3_ROWS).map((rows) => rows.map((r) => r.label));

function split(r: SourceRow): { labels: SourceCell[]; values: SourceCell[] } {
  const at = r.cells.findIndex((c) => BARE_VALUE.test(c.text.trim()));
  const cut = at < 0 ? r.cells.length : at;
  return { labels: r.cells.slice(0, cut), values: r.cells.slice(cut) };
}

/** The template rows of table 三 (either template) a label names: [template, index]. */
function rowOf(labels: SourceCell[]): [number, number][] {
  const key = labelKey(labels.map((c) => c.text).join(""));
  if (!key) return [];
  return ORDERS.flatMap((order, t): [number, number][] => {
    const hit = bestMatch(
      key,
      candidates(order, (l) => l),
      0.75,
    );
    return hit === null ? [] : [[t, order.indexOf(hit)]];
  });
}

/** Whether the label cells print a template row's label whole (a wrapped label put together). */
function wholeLabel(labels: SourceCell[]): boolean {
  const key = labelKey(labels.map((c) => c.text).join(""));
  return ORDERS.some((order) => order.some((l) => labelKey(l) === key));
}

/** One label of its pieces: their text, the span from the first to the last. */
const joinCells = (cells: SourceCell[]): SourceCell => ({
  text: cells.map((c) => c.text).join(""),
  span: [cells[0]?.span[0] ?? 0, cells[cells.length - 1]?.span[1] ?? 0],
});

const same = (a: SourceCell[], b: SourceCell[]) =>
  a.length === b.length && a.every((c, i) => c.text.trim() === b[i]?.text.trim());

/**
 * A row's label wrapped round its values (2.申请人逾期…缴纳费 / values / 用、行政机关…申请 / values):
 * the second part names no template row. When both runs of values are alike, which run is the
 * row's own cannot matter, and the two read as one row of two runs of values.
 */
function joinWrapped(rows: SourceRow[]): SourceRow[] {
  const out: SourceRow[] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    const a = prev?.tabular ? split(prev) : null;
    const b = row.tabular ? split(row) : null;
    const wrapped =
      prev &&
      a &&
      b &&
      a.values.length === K &&
      same(a.values, b.values) &&
      b.labels.length === 1 &&
      !/^\s*(?:\d|[（(]|[一二三四五六七八九十]+、)/.test(b.labels[0]?.text ?? "") &&
      wholeLabel([...a.labels, ...b.labels]);
    if (!wrapped) {
      out.push(row);
      continue;
    }
    out[out.length - 1] = {
      ...prev,
      cells: [joinCells([...a.labels, ...b.labels]), ...a.values, ...b.values],
      span: [prev.span[0], row.span[1]],
    };
  }
  return out;
}

/**
 * The value-less label rows after row `i` naming, in order, the `m` template rows after the one
 * row `i` names (in the same template), as indexes into `rows`; null unless all are there.
 */
function lateRows(
  rows: SourceRow[],
  i: number,
  own: [number, number][],
  m: number,
): number[] | null {
  for (const [t, n] of own) {
    const found: number[] = [];
    let k = i + 1;
    for (; k < rows.length && found.length < m; k++) {
      const r = rows[k] as SourceRow;
      if (!r.tabular) continue;
      const o = split(r);
      if (o.values.length || !o.labels.length) continue;
      if (rowOf(o.labels).some(([u, x]) => u === t && x === n + 1 + found.length)) found.push(k);
    }
    if (found.length === m) return found;
  }
  return null;
}

/**
 * Plain pdftotext may print rows' labels after the rest of table 三 (（一）予以公开, 四、结转下年度
 * 继续办理, 3.其他), their values right after the row above's: that row shows several rows of
 * values and the late labels none. The values after the row's own are the late labels', row by
 * row, when those labels name, in order, the template rows right after it; nothing else moves.
 */
export function lateLabels(rows: SourceRow[]): SourceRow[] {
  const out = joinWrapped(rows);
  out.forEach((row, i) => {
    if (!row.tabular) return;
    const d = split(row);
    const m = d.values.length / K - 1;
    if (!Number.isInteger(m) || m < 1 || !d.labels.length) return;
    const late = lateRows(out, i, rowOf(d.labels), m);
    if (!late) return;
    const own = d.values.slice(0, K);
    out[i] = {
      ...row,
      cells: [...d.labels, ...own],
      span: [row.span[0], (own[K - 1] as SourceCell).span[1]],
    };
    late.forEach((j, x) => {
      const r = out[j] as SourceRow;
      const moved = d.values.slice(K * (x + 1), K * (x + 2));
      out[j] = {
        ...r,
        cells: [...r.cells, ...moved],
        span: [
          Math.min(r.span[0], (moved[0] as SourceCell).span[0]),
          Math.max(r.span[1], (moved[K - 1] as SourceCell).span[1]),
        ],
      };
    });
  });
  return out;
}
