import { CN_NUMERALS, SECTION_TITLES } from "../../shared/templates/sections.js";
import { T4_COLUMNS, T4_GROUPS } from "../../shared/templates/table4.js";
import type { ReportSpec } from "./render-txt.js";
import { printValue, table2Grid, table3Grid, table4Grid, type GridRow } from "./tables-grid.js";

/**
 * How a web page's tables come out when copied as text (issue 18): the browser's tab rows, the
 * pipes of a markdown export (with or without edge pipes and rule lines, or one small table per
 * row group under a made-up 数据1 … 数据N header), one cell a line (with or without a trailing
 * pipe).
 */
export type WebShape =
  | "tabs"
  | "pipes-bare"
  | "pipes-edged"
  | "markdown"
  | "markdown-groups"
  | "cells"
  | "cells-pipe"
  | "page-copy";

export interface WebOptions {
  shape: WebShape;
  /** Table 四 as three 5-column blocks, each under its group's name. */
  table4Blocks?: boolean;
  /** Table 二's rows as `行政许可 97`: label and numbers one space apart. */
  spacedTable2?: boolean;
  /** Cells of several paragraphs (三、本 / 年度办 / 理结果): joined by a space, by nothing, or on lines of their own. */
  paragraphs?: "space" | "none" | "lines";
  /** The title on two lines: the body, then the year and the rest. */
  splitTitle?: boolean;
  /** A line before the title: the site's name, 正文, a breadcrumb. */
  stray?: string;
  /** page-copy: a blank cell as a line of spaces (<p>&nbsp;</p>) rather than one more empty line. */
  blankAsSpace?: boolean;
  /** The portal's catalogue fields (索引号, 发布机构 …) before the title, a tab between cells. */
  catalogue?: boolean;
}

/** Cells a page prints as several paragraphs (a merged cell's narrow column, a long label). */
const PARAGRAPHS: Record<string, string[]> = {
  "三、本年度办理结果": ["三、本", "年度办", "理结果"],
  "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": [
    "（二）部分公开",
    "（区分处理的，只计这一情形，不计其他情形）",
  ],
  法人或其他组织: ["法人或", "其他组织"],
};

function paragraphs(cell: string, o: WebOptions): string {
  const parts = o.paragraphs && PARAGRAPHS[cell];
  if (!parts) return cell;
  return parts.join(o.paragraphs === "space" ? " " : o.paragraphs === "lines" ? "\n" : "");
}

function rowLines(row: GridRow, o: WebOptions): string[] {
  const cells = row.map((c) => paragraphs(c, o));
  switch (o.shape) {
    case "tabs":
      return [cells.join("\t")];
    case "pipes-bare":
      return [cells.join(" | ")];
    case "pipes-edged":
    case "markdown":
    case "markdown-groups":
      return [`| ${cells.join(" | ")} |`];
    case "cells":
      return [...cells, ""];
    case "cells-pipe":
      return [...cells.map((c) => `${c} |`), ""];
    case "page-copy":
      // Chrome's copy of cells holding paragraphs: a cell and an empty line; an empty cell adds
      // one empty line, a cell of a no-break space a line of one space.
      return cells.flatMap((c) => (c !== "" ? [c, ""] : o.blankAsSpace ? [" ", ""] : [""]));
  }
}

/** A table's rows as the shape prints them; markdown opens each table with a header and a rule. */
function tableLines(rows: GridRow[], o: WebOptions): string[] {
  const out: string[] = [];
  const rule = (n: number) => `|${new Array<string>(n).fill("---").join("|")}|`;
  if (o.shape === "markdown-groups") {
    // One table per run of rows with the same number of cells, under 数据1 … 数据N.
    let width = -1;
    for (const row of rows) {
      if (row.length !== width) {
        width = row.length;
        const head = row.map((_, i) => `数据${i + 1}`);
        out.push("", `| ${head.join(" | ")} |`, rule(width));
      }
      out.push(...rowLines(row, o));
    }
    return [...out, ""];
  }
  rows.forEach((row, i) => {
    out.push(...rowLines(row, o));
    if (o.shape === "markdown" && i === 0) out.push(rule(row.length));
  });
  return o.shape === "markdown" ? ["", ...out, ""] : out;
}

function table2Lines(spec: ReportSpec, o: WebOptions): string[] {
  const rows = table2Grid(spec.template, spec.cells);
  if (!o.spacedTable2) return tableLines(rows, o);
  // Value rows as `label v1 v2`; item and header rows as the shape prints them.
  return rows.flatMap((r) =>
    r.length > 1 && r.slice(1).every((c) => /^[+-]?[\d.]+(万元)?$/.test(c))
      ? [r.join(" ")]
      : tableLines([r], o),
  );
}

function table4Lines(spec: ReportSpec, o: WebOptions): string[] {
  if (!o.table4Blocks) return tableLines(table4Grid(spec.cells), o);
  return T4_GROUPS.flatMap((g) => [
    g.key === "review"
      ? "行政复议"
      : g.key === "suitDirect"
        ? "行政诉讼 未经复议直接起诉"
        : g.label,
    ...tableLines(
      [
        T4_COLUMNS.map((c) => c.label),
        T4_COLUMNS.map((c) => printValue(spec.cells[`t4.${g.key}.${c.key}`])),
      ],
      o,
    ),
  ]);
}

/** A report as text copied from its web page. */
export function renderWeb(spec: ReportSpec, o: WebOptions): string {
  const h = (n: number) => `${CN_NUMERALS[n - 1]}、${SECTION_TITLES[n as 1]}`;
  const split = spec.title.search(/\d{4}年/);
  const title =
    o.splitTitle && split > 0
      ? [spec.title.slice(0, split), spec.title.slice(split)]
      : [spec.title];
  return [
    ...(o.catalogue
      ? [
          "索引号\t000000000/2024-00001\t分类\t年度报告",
          "发布机构\t本机关\t公开日期\t2024-01-17",
          "",
        ]
      : []),
    ...(o.stray ? [o.stray] : []),
    ...title,
    "",
    h(1),
    "本年度政府信息公开工作总体情况良好，公开内容不断丰富，依申请公开办理规范。",
    h(2),
    ...table2Lines(spec, o),
    h(3),
    ...tableLines(table3Grid(spec.template, spec.cells), o),
    h(4),
    ...table4Lines(spec, o),
    h(5),
    "存在的主要问题：公开内容的深度和广度还需拓展。改进情况：完善公开目录，丰富解读形式。",
    h(6),
    "本机关本年度未收取信息处理费。",
    "",
    ...(spec.closing ?? []),
  ].join("\n");
}
