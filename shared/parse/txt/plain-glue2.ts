import type { SourceCell, SourceRow } from "../source.js";
import { T2_BLOCKS, type T2Block } from "../../templates/table2.js";
import { labelKey } from "../../text/normalize.js";
import { cellAt, type TextLine } from "./text-lines.js";
import { BARE_VALUE } from "./bare-value.js";
import { isPageNumber } from "./furniture.js";
import { itemRows, labelCell } from "./plain-strips2.js";

const HEADER_KEY = "信息内容";

interface Column {
  block: number;
  col: number;
  key: string;
  rows: number;
}

/** Whether every character of `part` is among those of `whole` (as many times). */
function within(part: string, whole: string): boolean {
  const m = new Map<string, number>();
  for (const c of whole) m.set(c, (m.get(c) ?? 0) + 1);
  for (const c of part) {
    const n = m.get(c) ?? 0;
    if (!n) return false;
    m.set(c, n - 1);
  }
  return true;
}

/** Runs of values with the head lines printed right before them in their flow (none: ""). */
function gluedRuns(text: string, lines: readonly TextLine[]) {
  const runs: { head: string; cells: SourceCell[] }[] = [];
  let head = "";
  let cells: SourceCell[] = [];
  const end = () => {
    if (cells.length) runs.push({ head, cells });
    cells = [];
  };
  for (const line of lines) {
    const t = line.text.trim();
    if (!t || isPageNumber(t, false)) {
      end();
      head = "";
    } else if (BARE_VALUE.test(t))
      cells.push(cellAt(text, line.start, line.start + line.text.length));
    else {
      const after = cells.length > 0;
      end();
      head = (after ? "" : head) + labelKey(t);
    }
  }
  end();
  return runs;
}

/**
 * Table 二 as plain pdftotext prints it when its heads are spread over their cells (分散对齐: a
 * character a block): poppler prints a column's values in one flow right under the last of its
 * head's characters above them (本 年 制 发 件 数 / 0 / 12; 理 / 2712 / 4488). A run of values is
 * a column's cells, top to bottom, when the characters before it in its flow are those of one
 * column's head only among the columns with as many rows or more, and it has as many. One column left over takes the one
 * run left over when its values are exactly as many (nothing else printed in the section). An
 * item is read when each of its columns is; the others stay unread.
 */
export function glueTable2Rows(
  text: string,
  lines: readonly TextLine[],
): { block: T2Block; rows: SourceRow[] }[] {
  const versions = (["2019", "2021"] as const).filter((v) =>
    T2_BLOCKS[v].every((b) => b.rows.every((r) => labelCell(text, lines, labelKey(r.label)))),
  );
  const [v] = versions;
  if (!v || versions.length > 1) return [];
  const blocks = T2_BLOCKS[v];
  const columns: Column[] = blocks.flatMap((b, block) =>
    b.columns.map((c, col) => ({ block, col, key: labelKey(c.label), rows: b.rows.length })),
  );
  const chars = new Set(columns.map((c) => c.key).join(""));
  const got = new Map<Column, SourceCell[]>();
  const left: SourceCell[][] = [];
  for (const run of gluedRuns(text, lines)) {
    const fits = [...run.head].every((c) => chars.has(c))
      ? columns.filter((c) => run.head && within(run.head, c.key) && c.rows >= run.cells.length)
      : [];
    // One column only may hold the run, and the run is the whole of it (else a part: unread).
    const only = fits.length === 1 && fits[0]?.rows === run.cells.length ? fits[0] : null;
    if (only && got.has(only)) return [];
    if (only) got.set(only, run.cells);
    else left.push(run.cells);
  }
  const open = columns.filter((c) => !got.has(c));
  const [last] = open;
  const [rest] = left;
  if (open.length === 1 && left.length === 1 && last && rest?.length === last.rows)
    got.set(last, rest);
  const out: { block: T2Block; rows: SourceRow[] }[] = [];
  blocks.forEach((block, b) => {
    const cols = columns.filter((c) => c.block === b);
    if (!cols.every((c) => got.has(c))) return;
    const labels = block.rows.map((r) => labelCell(text, lines, labelKey(r.label)) as SourceCell);
    const at = labels[0]?.span ?? [0, 0];
    const header: SourceCell[] = [
      { text: HEADER_KEY, span: at },
      ...block.columns.map((c) => ({ text: c.label, span: at })),
    ];
    out.push({
      block,
      rows: itemRows(
        header,
        labels,
        cols.map((c) => got.get(c) ?? []),
      ),
    });
  });
  return out;
}
