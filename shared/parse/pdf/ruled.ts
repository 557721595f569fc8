import type { PagePlace } from "../../model/report.js";
import type { PdfItem, PdfPage } from "./content.js";
import { findRulings } from "./rulings.js";
import { findLattices, type Box } from "./lattice.js";
import { fillLattices, type FilledCell, type FilledTable } from "./fill.js";
import { round, type OutCell } from "./builder.js";

/**
 * A page's ruled tables (drawn lines that cross into a grid of two columns or more, holding
 * text) and the runs outside them. A grid with no text in it is a frame or a decoration.
 */
export function ruledTables(page: PdfPage, n: number): { tables: FilledTable[]; rest: PdfItem[] } {
  if (!page.rules?.length) return { tables: [], rest: page.items };
  const lattices = findLattices(findRulings(page.rules));
  if (!lattices.length) return { tables: [], rest: page.items };
  const { tables, rest } = fillLattices(lattices, page.items, n);
  return { tables: tables.filter((t) => t.cells.some((c) => c.text)), rest };
}

function place(b: Box, page: number): PagePlace {
  return { page, box: [round(b.x), round(b.y), round(b.x2 - b.x), round(b.y2 - b.y)] };
}

function outCell(c: FilledCell, page: number): OutCell {
  const out: OutCell = { text: c.text, x: c.box.x, x2: c.box.x2 };
  // A printed cell is placed round its text, a blank one by its ruled box.
  out.at = c.ink ? place(c.ink, c.page ?? page) : place(c.box, page);
  if (c.colspan > 1) out.colspan = c.colspan;
  return out;
}

/** A ruled table's rows: each holds the cells that start in it (blank ones too), left to right. */
export function tableRows(t: FilledTable): OutCell[][] {
  const rows: OutCell[][] = Array.from({ length: t.lattice.ys.length - 1 }, () => []);
  const cells = t.cells.slice().sort((a, b) => a.row - b.row || a.col - b.col);
  for (const c of cells) rows[c.row]?.push(outCell(c, t.page));
  return rows;
}
