import { CN_NUMERALS, SECTION_TITLES } from "../../../shared/templates/sections.js";
import { table2Grid, table3Grid, table4Grid, type CellMap, type GridRow } from "../tables-grid.js";
import type { ReportContent } from "./content.js";

export type Block =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "para"; text: string }
  | { kind: "table"; rows: GridRow[] };

const heading = (no: 1 | 2 | 3 | 4 | 5 | 6): Block => ({
  kind: "heading",
  text: `${CN_NUMERALS[no - 1]}、${SECTION_TITLES[no]}`,
});

const paras = (lines: string[]): Block[] => lines.map((text) => ({ kind: "para", text }));

/** A report as a sequence of blocks, the same for every file format. */
export function reportBlocks(c: ReportContent): Block[] {
  const cells: CellMap = { ...c.values };
  for (const id of c.blank) cells[id] = null;
  return [
    { kind: "title", text: c.title },
    heading(1),
    ...paras(c.narrative[1]),
    heading(2),
    { kind: "table", rows: table2Grid(c.template, cells) },
    heading(3),
    { kind: "table", rows: table3Grid(c.template, cells) },
    heading(4),
    { kind: "table", rows: table4Grid(cells) },
    heading(5),
    ...paras(c.narrative[5]),
    heading(6),
    ...paras(c.narrative[6]),
    ...paras(["", ...c.closing]),
  ];
}
