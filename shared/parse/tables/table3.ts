import type { TemplateVersion } from "../../model/report.js";
import type { SourceCell } from "../source.js";
import { T3_COLUMNS, T3_ROWS, type T3Row } from "../../templates/table3.js";
import { labelKey, remembered, squash } from "../keys.js";
import { type ReadRow, type RowParts } from "./parts.js";
import { anchorsFromRows, mapValues } from "./columns.js";
import { bestMatch, candidates, type Candidate } from "./match.js";
import { cellId, putCell, type TableOutput } from "./cells.js";
import {
  emptyHeader,
  garbledHeads,
  isRepeatedHeader,
  printedColumns,
  readHeader,
} from "./header3.js";

const GROUPS = ["本年度办理结果", "不予公开", "无法提供", "不予处理", "其他处理"];
const isGroup = remembered((key: string): boolean =>
  GROUPS.some((g) => key === g || (key.endsWith(g) && key.length <= g.length + 2)),
);
/** The group a label heads, if it is a group's own label. */
const groupOf = remembered((key: string): string | null => {
  const g = GROUPS.find((x) => key.endsWith(x));
  return g && isGroup(key) ? g : null;
});

/** （六）其他处理 printed as one row (the 2019 layout), its 2019 cells t3.other.* (S07). */
const OTHER_ROW = T3_ROWS["2019"].find((r) => r.key === "other") as T3Row;
const OTHER_2019 = [OTHER_ROW];

/** The candidates of a template's rows, made once per template (their keys are the costly part). */
const CANDIDATES = new WeakMap<readonly T3Row[], Candidate<T3Row>[]>();
function rowCandidates(rows: readonly T3Row[]): Candidate<T3Row>[] {
  let c = CANDIDATES.get(rows);
  if (!c) CANDIDATES.set(rows, (c = candidates(rows, (r) => r.label)));
  return c;
}

/** A row's cell ids, column by column, made once per template row. */
const IDS = new WeakMap<T3Row, string[]>();
function rowIds(row: T3Row): string[] {
  let ids = IDS.get(row);
  if (!ids) IDS.set(row, (ids = T3_COLUMNS.map((c) => cellId(3, row.key, c.key))));
  return ids;
}

/** A label's row under each group met (the group's own rows are favoured), remembered. */
const UNDER_GROUP = new WeakMap<Candidate<T3Row>[], Map<string, Map<string, T3Row | null>>>();

function rowUnder(key: string, cands: Candidate<T3Row>[], group: string | null): T3Row | null {
  if (!group) return bestMatch(key, cands, 0.6);
  let byGroup = UNDER_GROUP.get(cands);
  if (!byGroup) UNDER_GROUP.set(cands, (byGroup = new Map()));
  let byKey = byGroup.get(group);
  if (!byKey) byGroup.set(group, (byKey = new Map()));
  else if (byKey.size >= 20_000) byKey.clear();
  let row = byKey.get(key);
  if (row === undefined) {
    const bonus = (r: T3Row) => (r.group === group ? 0.05 : 0);
    row = bestMatch(key, cands, 0.6, bonus);
    if (key.length <= 200) byKey.set(key, row);
  }
  return row;
}

/**
 * The numbering template.md prints before each row of 本年度办理结果: （一）予以公开 …
 * （三）不予公开 (its rows) … （七）总计.
 */
const NUMBERED: Record<string, string> = {
  granted: "一",
  partial: "二",
  不予公开: "三",
  无法提供: "四",
  不予处理: "五",
  其他处理: "六",
  other: "六",
  total: "七",
};
const BRACKETED = /^[(（]([一二三四五六七])[)）]/u;

/**
 * A label read only nearly like a row's whose printed numbering is another row's: （三）因予公开
 * (a scan's （三）不予公开) is not （一）予以公开. Such a label names no row; its row stays unread.
 * A label ending in the row's own words is that row, however numbered (S06 tells the numbering).
 */
function numberedElse(printed: string, key: string, row: T3Row): boolean {
  const n = BRACKETED.exec(squash(printed))?.[1];
  const want = NUMBERED[row.key] ?? NUMBERED[row.group ?? ""];
  return n !== undefined && want !== undefined && n !== want && !key.endsWith(labelKey(row.label));
}

function matchRow(parts: RowParts, rows: readonly T3Row[], group: string | null): T3Row | null {
  const cands = rowCandidates(rows);
  const labels = parts.labels;
  const last = labels[labels.length - 1]?.key ?? "";
  if (!rows.includes(OTHER_ROW) && isGroup(last) && last.endsWith("其他处理"))
    return parts.filled ? OTHER_ROW : null;
  for (let i = labels.length - 1; i >= 0; i--) {
    const key = labels[i]?.key ?? "";
    if (isGroup(key) && !(i === labels.length - 1 && key.endsWith("其他处理"))) continue;
    const row = rowUnder(key, cands, group);
    if (row && !numberedElse(labels[i]?.cell.text ?? "", key, row)) return row;
  }
  return null;
}

/** Reads table 三 (收到和处理政府信息公开申请情况) from its rows. */
export function readTable3(rows: ReadRow[], version: TemplateVersion, out: TableOutput): boolean {
  const template = T3_ROWS[version];
  const header = emptyHeader();
  const data: { parts: RowParts; row: T3Row; label: SourceCell }[] = [];
  let group: string | null = null;
  for (const { parts } of rows) {
    if (!parts) continue;
    for (const l of parts.labels) group = groupOf(l.key) ?? group;
    if (data.length && isRepeatedHeader(parts)) continue;
    let row = parts.labels.length ? matchRow(parts, template, group) : null;
    const own = parts.labels[parts.labels.length - 1];
    if (!row && version === "2021" && own && parts.filled)
      row = matchRow({ ...parts, labels: [own] }, OTHER_2019, group);
    const opening = row?.key === "new" || row?.key === "carried";
    if (row && !data.length && !opening && !parts.filled) row = null;
    if (!row) {
      if (!data.length) readHeader(parts, header, out);
      continue;
    }
    const label = parts.labels[parts.labels.length - 1] as { cell: SourceCell; key: string };
    const seen = data.findIndex((d) => d.row === row);
    const earlier = data[seen];
    if (earlier) {
      // A row read twice: a label of a repeated header took its name first; the printed row is
      // the one with numbers.
      if (earlier.parts.filled || !parts.filled) continue;
      data.splice(seen, 1);
      const stale = out.labels.findIndex(
        (l) => l.table === 3 && l.kind === "row" && l.expected === row.label,
      );
      if (stale >= 0) out.labels.splice(stale, 1);
    }
    data.push({ parts, row, label: label.cell });
    const printed = label.key;
    if (printed !== labelKey(row.label) && printed !== labelKey(`${row.group ?? ""}${row.label}`))
      out.labels.push({
        table: 3,
        kind: "row",
        printed: label.cell.text.trim(),
        expected: row.label,
        cells: T3_COLUMNS.map((c) => `t3.${row.key}.${c.key}`),
        span: label.cell.span,
      });
  }
  if (!data.length) return false;
  const headerAnchors = header.anchors.every((a) => a !== null)
    ? (header.anchors as number[])
    : null;
  const anchors =
    anchorsFromRows(
      data.map((d) => d.parts.values),
      7,
    ) ?? headerAnchors;
  const printed = new Map<number, number>();
  for (const d of data) {
    if (!d.parts.filled) continue;
    const n = mapValues(d.parts.values, 7, anchors).printed;
    printed.set(n, (printed.get(n) ?? 0) + 1);
  }
  const common = [...printed.entries()].sort((a, b) => b[1] - a[1])[0];
  // Values whose columns the source cannot tell (loose) are never laid on the columns a header
  // seems to name: a text's heads come garbled as often as a column is left out.
  const loose = data.some((d) => d.parts.values.some((v) => v.loose));
  const columns = loose ? [0, 1, 2, 3, 4, 5, 6] : printedColumns(header, common?.[0]);
  garbledHeads(header, columns, out);
  const own = columns.map((i) => header.anchors[i] ?? null);
  const colAnchors =
    columns.length === 7 ? anchors : own.every((a) => a !== null) ? (own as number[]) : null;
  for (const d of data) {
    const m = mapValues(d.parts.values, columns.length, colAnchors);
    const ids = rowIds(d.row);
    for (let j = 0; j < columns.length; j++)
      putCell(
        out,
        ids[columns[j] as number] as string,
        m.slots[j] ?? null,
        d.parts.row,
        colAnchors,
        j,
      );
  }
  const merged = data.some((d) => d.row === OTHER_ROW);
  for (const r of template) {
    if (merged && r.group === "其他处理") continue;
    if (!data.some((d) => d.row === r))
      out.messages.push({ code: "ROW_NOT_FOUND", params: { row: r.key } });
  }
  const first = data[0]?.parts.row.span[0] ?? 0;
  const last = data[data.length - 1]?.parts.row.span[1] ?? first;
  if (common)
    out.shapes.push({
      table: 3,
      printedColumns: common[0],
      expectedColumns: 7,
      span: [first, last],
    });
  return true;
}
