import type { SectionNo, TemplateVersion } from "../../shared/model/report.js";
import { T2_BLOCKS } from "../../shared/templates/table2.js";
import { T3_COLUMNS, T3_ROWS, T3_ROW_PRINTED } from "../../shared/templates/table3.js";
import { T4_COLUMNS, T4_GROUPS } from "../../shared/templates/table4.js";
import type { Values } from "./cells.js";
import type { TextBuilder } from "./text-builder.js";

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** Sections 二, 三, 四 with their tables, tab-separated (template.md layout 2). */
export function printTables(
  b: TextBuilder,
  v: TemplateVersion,
  values: Values,
  heading: (no: SectionNo) => void,
): void {
  heading(2);
  for (const block of T2_BLOCKS[v]) {
    b.line(block.item);
    b.line(["信息内容", ...block.columns.map((c) => c.label)].join("\t"));
    for (const r of block.rows) {
      const ids = block.columns.map((c) => `t2.${r.key}.${c.key}`);
      b.row(r.label, ids, values, (n, id) => (id.endsWith(".change") ? signed(n) : String(n)));
    }
  }
  heading(3);
  b.line(["", ...T3_COLUMNS.map((c) => c.label)].join("\t"));
  for (const r of T3_ROWS[v])
    b.row(
      T3_ROW_PRINTED[r.key] ?? r.key,
      T3_COLUMNS.map((c) => `t3.${r.key}.${c.key}`),
      values,
    );
  heading(4);
  b.line(T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => `${g.label}${c.label}`)).join("\t"));
  b.row(
    "",
    T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => `t4.${g.key}.${c.key}`)),
    values,
  );
}
