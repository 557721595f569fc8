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
 * Plain pdftotext may print a row's label after everything else of table 三 (四、结转下年度继续办理,
 * 3.其他), its values right after the row above's: that row shows two rows of values and the
 * late label none. The second row of values is the late label's when that label names the
 * template row right after the doubled one; nothing else is moved.
 */
export function lateLabels(rows: SourceRow[]): SourceRow[] {
  const out = joinWrapped(rows);
  out.forEach((row, i) => {
    if (!row.tabular) return;
    const d = split(row);
    if (d.values.length !== 2 * K || !d.labels.length) return;
    const doubled = rowOf(d.labels);
    const j = out.findIndex((r, k) => {
      if (k <= i || !r.tabular) return false;
      const o = split(r);
      if (o.values.length || !o.labels.length) return false;
      return rowOf(o.labels).some(([t, n]) => doubled.some(([u, m]) => u === t && m + 1 === n));
    });
    const late = out[j];
    if (!late) return;
    const own = d.values.slice(0, K);
    const moved = d.values.slice(K);
    out[i] = {
      ...row,
      cells: [...d.labels, ...own],
      span: [row.span[0], (own[K - 1] as SourceCell).span[1]],
    };
    out[j] = {
      ...late,
      cells: [...late.cells, ...moved],
      span: [
        Math.min(late.span[0], (moved[0] as SourceCell).span[0]),
        Math.max(late.span[1], (moved[K - 1] as SourceCell).span[1]),
      ],
    };
  });
  return out;
}
