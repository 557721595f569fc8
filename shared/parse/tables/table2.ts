import type { TemplateVersion } from "../../model/report.js";
import { T2_BLOCKS, type T2Block, type T2Row } from "../../templates/table2.js";
import { labelKey } from "../keys.js";
import { centre, type Label, type ReadRow } from "./parts.js";
import { mapValues } from "./columns.js";
import { bestMatch, candidates, type Candidate } from "./match.js";
import { cellId, putCell, type TableOutput } from "./cells.js";

interface RowRef {
  block: T2Block;
  row: T2Row;
}

const HEADER_KEY = "信息内容";

/** The block's columns the header names, by index, with the header label's position. */
interface Named {
  index: number;
  label: Label;
}

/** Each block's column candidates and each template's row candidates, made once. */
const COLUMN_CANDS = new WeakMap<T2Block, Candidate<T2Block["columns"][number]>[]>();
const ROW_CANDS = new Map<TemplateVersion, Candidate<RowRef>[]>();

function rowCandidates(version: TemplateVersion): Candidate<RowRef>[] {
  let cands = ROW_CANDS.get(version);
  if (!cands) {
    const refs = T2_BLOCKS[version].flatMap((block) => block.rows.map((row) => ({ block, row })));
    ROW_CANDS.set(version, (cands = candidates(refs, (r) => r.row.label)));
  }
  return cands;
}

/** A row's cell ids, column by column, made once per template row (its refs are made once). */
const IDS = new WeakMap<RowRef, string[]>();
function rowIds(ref: RowRef): string[] {
  let ids = IDS.get(ref);
  if (!ids) IDS.set(ref, (ids = ref.block.columns.map((c) => cellId(2, ref.row.key, c.key))));
  return ids;
}

function namedColumns(header: Label[], block: T2Block): Named[] {
  let cands = COLUMN_CANDS.get(block);
  if (!cands) COLUMN_CANDS.set(block, (cands = candidates(block.columns, (c) => c.label)));
  const out: Named[] = [];
  for (const label of header) {
    const col = bestMatch(label.key, cands, 0.6);
    const index = col ? block.columns.indexOf(col) : -1;
    if (index >= 0 && !out.some((n) => n.index === index)) out.push({ index, label });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** S06 for the header's labels: a misprint of the column it names, or (as many labels as
 * columns) a label naming none in the place of a column no label names. */
function checkHeader(header: Label[], named: Named[], block: T2Block, out: TableOutput) {
  const deviation = (l: Label, i: number) => {
    const col = block.columns[i];
    if (!col) return;
    const expected = labelKey(col.label);
    if (l.key.includes(expected) || expected.includes(l.key)) return;
    out.labels.push({
      table: 2,
      kind: "column",
      printed: l.cell.text.trim(),
      expected: col.label,
      cells: block.rows.map((r) => `t2.${r.key}.${col.key}`),
      span: l.cell.span,
    });
  };
  for (const n of named) deviation(n.label, n.index);
  if (header.length !== block.columns.length) return;
  header.forEach((l, i) => {
    if (!named.some((n) => n.label === l || n.index === i)) deviation(l, i);
  });
}

function anchorsOf(labels: Label[]): number[] | null {
  const xs = labels.map((l) => centre(l.cell));
  return xs.length && xs.every((x) => x !== null) ? (xs as number[]) : null;
}

/** Reads table 二 (主动公开政府信息情况): blocks of 第二十条 items, each with its header row. */
export function readTable2(rows: ReadRow[], version: TemplateVersion, out: TableOutput): boolean {
  const cands = rowCandidates(version);
  let header: Label[] | null = null;
  let headerAt = "";
  let found = false;
  const seen = new Set<RowRef>();
  const checked = new Set<string>();
  // The columns the current header names, per block (the block's rows share them).
  const namedBy = new Map<T2Block, Named[]>();
  for (const { row: r, parts } of rows) {
    if (!parts) continue;
    const first = parts.labels[0];
    if (!first) continue;
    if (first.key === HEADER_KEY) {
      header = parts.labels.slice(1);
      headerAt = header.map((l) => l.cell.span[0]).join();
      namedBy.clear();
      continue;
    }
    const ref = bestMatch(first.key, cands, 0.6);
    if (!ref || seen.has(ref)) continue;
    seen.add(ref);
    found = true;
    let named = namedBy.get(ref.block);
    if (!named) namedBy.set(ref.block, (named = header ? namedColumns(header, ref.block) : []));
    const once = `${ref.block.item}|${headerAt}`;
    if (header && !checked.has(once)) {
      checkHeader(header, named, ref.block, out);
      checked.add(once);
    }
    if (first.key !== labelKey(ref.row.label))
      out.labels.push({
        table: 2,
        kind: "row",
        printed: first.cell.text.trim(),
        expected: ref.row.label,
        cells: ref.block.columns.map((c) => `t2.${ref.row.key}.${c.key}`),
        span: first.cell.span,
      });
    const k = ref.block.columns.length;
    const values =
      parts.labels.length > 1 ? r.cells.slice(r.cells.indexOf(first.cell) + 1) : parts.values;
    const full = header?.length === k ? anchorsOf(header) : null;
    let m = mapValues(values, k, full);
    let columns = ref.block.columns.map((_, i) => i);
    // A header naming fewer columns over a row printing as many values: those columns only,
    // the others unread (S10) rather than shifted.
    const loose = values.some((v) => v.loose);
    if (!loose && named.length && named.length < k && m.printed === named.length) {
      columns = named.map((n) => n.index);
      m = mapValues(values, named.length, anchorsOf(named.map((n) => n.label)));
    }
    const ids = rowIds(ref);
    columns.forEach((ci, j) => {
      const id = ids[ci];
      if (id) putCell(out, id, m.slots[j] ?? null, r);
    });
  }
  return found;
}
