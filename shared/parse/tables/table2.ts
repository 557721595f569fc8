import type { TemplateVersion } from "../../model/report.js";
import type { SourceRow } from "../source.js";
import { T2_BLOCKS, type T2Block, type T2Row } from "../../templates/table2.js";
import { labelKey } from "../normalize.js";
import { rowParts, centre, type Label } from "./parts.js";
import { mapValues } from "./columns.js";
import { bestMatch, candidates } from "./match.js";
import { putCell, type TableOutput } from "./cells.js";

interface RowRef {
  block: T2Block;
  row: T2Row;
}

const HEADER_KEY = "信息内容";

function columnAnchors(header: Label[] | null, block: T2Block): number[] | null {
  if (!header || header.length !== block.columns.length) return null;
  const xs = header.map((l) => centre(l.cell));
  return xs.every((x) => x !== null) ? (xs as number[]) : null;
}

function checkHeader(header: Label[], block: T2Block, out: TableOutput) {
  block.columns.forEach((col, i) => {
    const l = header[i];
    const expected = labelKey(col.label);
    if (!l || l.key.includes(expected) || expected.includes(l.key)) return;
    out.labels.push({
      table: 2,
      kind: "column",
      printed: l.cell.text.trim(),
      expected: col.label,
      cells: block.rows.map((r) => `t2.${r.key}.${col.key}`),
      span: l.cell.span,
    });
  });
}

/** Reads table 二 (主动公开政府信息情况): blocks of 第二十条 items, each with its header row. */
export function readTable2(rows: SourceRow[], version: TemplateVersion, out: TableOutput): boolean {
  const refs: RowRef[] = T2_BLOCKS[version].flatMap((block) =>
    block.rows.map((row) => ({ block, row })),
  );
  const cands = candidates(refs, (r) => r.row.label);
  let header: Label[] | null = null;
  let found = false;
  const seen = new Set<RowRef>();
  for (const r of rows) {
    if (!r.tabular) continue;
    const parts = rowParts(r);
    const first = parts.labels[0];
    if (!first) continue;
    if (first.key === HEADER_KEY) {
      header = parts.labels.slice(1);
      continue;
    }
    const ref = bestMatch(first.key, cands, 0.6);
    if (!ref || seen.has(ref)) continue;
    seen.add(ref);
    found = true;
    if (header) checkHeader(header, ref.block, out);
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
    const m = mapValues(values, k, columnAnchors(header, ref.block));
    ref.block.columns.forEach((c, i) =>
      putCell(out, `t2.${ref.row.key}.${c.key}`, m.slots[i] ?? null, r),
    );
  }
  return found;
}
