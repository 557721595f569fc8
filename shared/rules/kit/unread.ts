import type { Report } from "../../model/report.js";
import { T2_BLOCKS } from "../../templates/table2.js";
import { T3_COLUMNS } from "../../templates/table3.js";
import { T4_COLUMNS, T4_GROUPS } from "../../templates/table4.js";
import { t3Rows } from "./tables.js";

/** The template cells of a table the reader did not read, as rows, columns and lone cells. */
export interface Unread {
  table: 2 | 3 | 4;
  /** "table": found, but its template version is unknown, so none of it could be placed. */
  part: "rows" | "columns" | "cells" | "table";
  /** Row prefixes (t3.granted), column keys (natural) or cell IDs. */
  keys: string[];
  cells: string[];
}

interface Grid {
  table: 2 | 3 | 4;
  /** Row prefix → column key → cell ID. */
  rows: [string, [string, string][]][];
}

function grids(report: Report): Grid[] {
  const out: Grid[] = [];
  const v = report.template;
  if (report.tables[2] && v)
    out.push({
      table: 2,
      rows: T2_BLOCKS[v].flatMap((b) =>
        b.rows.map((r): Grid["rows"][number] => [
          `t2.${r.key}`,
          b.columns.map((c) => [c.key, `t2.${r.key}.${c.key}`]),
        ]),
      ),
    });
  if (report.tables[3] && v)
    out.push({
      table: 3,
      rows: t3Rows(report).map((r) => [
        `t3.${r.key}`,
        T3_COLUMNS.map((c) => [c.key, `t3.${r.key}.${c.key}`]),
      ]),
    });
  if (report.tables[4])
    out.push({
      table: 4,
      rows: T4_GROUPS.map((g) => [
        `t4.${g.key}`,
        T4_COLUMNS.map((c) => [c.key, `t4.${g.key}.${c.key}`]),
      ]),
    });
  return out;
}

/**
 * What the reader could not read of the tables it found: template cells absent from the report
 * (a blank cell is null, not absent). Whole rows first, then columns absent from every row read,
 * then the cells left. Table 二's blocks have their own columns, so it has no column part.
 */
export function unreadCells(report: Report): Unread[] {
  const out: Unread[] = [];
  if (!report.template)
    for (const table of [2, 3] as const)
      if (
        report.tables[table] &&
        !Object.keys(report.cells).some((id) => id.startsWith(`t${table}.`))
      )
        out.push({ table, part: "table", keys: [], cells: [] });
  const has = (id: string) => id in report.cells;
  for (const g of grids(report)) {
    const gone = g.rows.filter(([, cs]) => cs.every(([, id]) => !has(id)));
    const read = g.rows.filter((r) => !gone.includes(r));
    const columns =
      g.table === 2 || read.length < 2
        ? []
        : (read[0]?.[1] ?? [])
            .map(([key]) => key)
            .filter((key) => read.every(([, cs]) => cs.every(([k, id]) => k !== key || !has(id))));
    const lone = read.flatMap(([, cs]) =>
      cs.filter(([k, id]) => !has(id) && !columns.includes(k)).map(([, id]) => id),
    );
    const push = (part: Unread["part"], keys: string[], cells: string[]) => {
      if (keys.length) out.push({ table: g.table, part, keys, cells });
    };
    push(
      "rows",
      gone.map(([row]) => row),
      gone.flatMap(([, cs]) => cs.map(([, id]) => id)),
    );
    push(
      "columns",
      columns,
      read.flatMap(([, cs]) => cs.filter(([k]) => columns.includes(k)).map(([, id]) => id)),
    );
    push("cells", lone, lone);
  }
  return out;
}
