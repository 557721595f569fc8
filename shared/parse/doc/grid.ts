import type { DocxCell } from "../docx/content.js";
import type { WordRow } from "./content.js";

/** A row of cell texts with how Word laid the row out. */
export interface ReadRow {
  cells: string[];
  layout: WordRow | null;
}

/** Edges closer than this (twips, 1/1440 inch) are one column edge: Word rounds widths. */
const SNAP = 30;

function columnEdges(rows: readonly ReadRow[]): number[] {
  // The rows of a table mostly repeat the same edges: each is sorted once (dropping repeats
  // leaves the snapped edges as they are: a repeat is never more than SNAP past the last kept).
  const seen = new Set<number>();
  for (const r of rows) {
    const edges = r.layout?.edges;
    if (edges) for (let i = 0; i < edges.length; i++) seen.add(edges[i] as number);
  }
  const all = [...seen].sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of all) if (!out.length || x - (out[out.length - 1] as number) > SNAP) out.push(x);
  return out;
}

/** The edge nearest to x (the first of two as near): the edges are sorted, apart by over SNAP. */
function column(edges: readonly number[], x: number): number {
  let lo = 0;
  let hi = edges.length - 1;
  if (hi <= 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((edges[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? Math.abs((edges[lo - 1] as number) - x) : Infinity;
  return before <= Math.abs((edges[lo] as number) - x) ? lo - 1 : lo;
}

interface Placed {
  cell: DocxCell;
  col: number;
}

/**
 * A Word table as rows of printed cells, as mammoth gives a .docx's: a cell spanning several
 * columns has colspan (from its edges against every edge of the table, or Word 97's merge
 * flags), a cell merged down has rowspan, and the cells it covers are left out.
 */
export function tableGrid(rows: readonly ReadRow[]): DocxCell[][] {
  const edges = columnEdges(rows);
  const open = new Map<number, DocxCell>();
  const out: DocxCell[][] = [];
  for (const row of rows) {
    const layout = row.layout;
    const laid = layout !== null && layout.edges.length === row.cells.length + 1;
    const placed: Placed[] = [];
    const cells = row.cells;
    for (let i = 0; i < cells.length; i++) {
      const col = laid ? column(edges, layout.edges[i] as number) : i;
      const end = laid ? column(edges, layout.edges[i + 1] as number) : i + 1;
      const colspan = Math.max(1, end - col);
      const h = laid ? (layout.hmerge[i] ?? 0) : 0;
      const prev = placed[placed.length - 1];
      if (h >= 2 && prev) {
        prev.cell.colspan += colspan;
        continue;
      }
      const v = laid ? (layout.vmerge[i] ?? 0) : 0;
      const above = open.get(col);
      if (v === 1 && above) {
        above.rowspan += 1;
        continue;
      }
      const cell: DocxCell = { text: cells[i] as string, colspan, rowspan: 1 };
      placed.push({ cell, col });
      if (v === 3) open.set(col, cell);
      else open.delete(col);
    }
    out.push(placed.map((p) => p.cell));
  }
  return out;
}
