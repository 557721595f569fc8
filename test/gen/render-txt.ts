import type { TemplateVersion } from "../../shared/model/report.js";
import { SECTION_TITLES, CN_NUMERALS } from "../../shared/templates/sections.js";
import { table2Grid, table3Grid, table4Grid, type CellMap, type GridRow } from "./tables-grid.js";

/** "lines": one cell per line with nothing around it, blank cells as empty lines (save as text). */
export type TxtLayout = "pipes" | "markdown-pipes" | "tabs" | "cells" | "lines";

export interface RenderOptions {
  layout: TxtLayout;
  /** Print digits and signs full-width (０-９, ＋, －). */
  fullWidth?: boolean;
  /** Insert a page footer and header line in the middle of table 三. */
  pageBreak?: boolean;
  /** Print table 三's column header again in the middle, as Word's 重复标题行 does on a new page. */
  repeatHeader?: boolean;
  /** Blank lines between table rows. */
  blankLines?: boolean;
  /** Wrap long header labels onto two lines (cells layout) . */
  splitHeaders?: boolean;
  markdownHeadings?: boolean;
  /** What leads each cell line of the cells layout (default a tab; web pages give spaces). */
  cellIndent?: string;
  /** Indent prose and headings with two full-width spaces, as Chinese paragraphs are. */
  indentProse?: boolean;
}

export interface ReportSpec {
  title: string;
  template: TemplateVersion;
  cells: CellMap;
  closing?: string[];
}

const FW = (s: string) =>
  s.replace(/[0-9+-]/g, (c) =>
    c === "+" ? "＋" : c === "-" ? "－" : String.fromCharCode(c.charCodeAt(0) + 0xfee0),
  );

/** `head`: the rows open the table (a markdown table's rule follows its first row). */
export function serialise(rows: GridRow[], o: RenderOptions, head = true): string[] {
  const lines: string[] = [];
  rows.forEach((row, i) => {
    const cells = o.fullWidth ? row.map((c) => (/^[+-]?[\d.]+/.test(c) ? FW(c) : c)) : row;
    if (o.layout === "tabs") lines.push(cells.join("\t"));
    else if (o.layout === "lines") lines.push(...cells);
    else if (o.layout === "pipes") lines.push(cells.join(" | ") + " |");
    else if (o.layout === "markdown-pipes") {
      lines.push("| " + cells.join(" | ") + " |");
      if (i === 0 && head) lines.push("|" + cells.map(() => "---").join("|") + "|");
    } else {
      const split = cells.map((c) =>
        o.splitHeaders && c.length > 6 && !/\d/.test(c) && c.length < 12
          ? c.slice(0, 3) + "\n" + c.slice(3)
          : c,
      );
      lines.push(split.map((c) => (o.cellIndent ?? "\t") + c).join("\n"), "");
    }
    if (o.blankLines && o.layout !== "cells" && o.layout !== "lines") lines.push("");
  });
  return lines;
}

/** Prints a report as plain text in one of the layouts real reports come in (template.md). */
export function renderTxt(spec: ReportSpec, o: RenderOptions): string {
  const p = (line: string) => (o.indentProse ? `\u3000\u3000${line}` : line);
  const h = (n: number) =>
    p(`${o.markdownHeadings ? "## " : ""}${CN_NUMERALS[n - 1]}、${SECTION_TITLES[n as 1]}`);
  const grid = table3Grid(spec.template, spec.cells);
  const middle = Math.floor(grid.length / 2);
  const t3 = serialise(grid.slice(0, middle), o);
  if (o.pageBreak) t3.push("— 3 —", `${spec.title}`);
  if (o.repeatHeader) t3.push(...serialise(grid.slice(0, 3), o, false));
  t3.push(...serialise(grid.slice(middle), o, false));
  return [
    (o.markdownHeadings ? "# " : "") + spec.title,
    "",
    h(1),
    p("本年度政府信息公开工作总体情况良好，公开内容不断丰富，依申请公开办理规范。"),
    h(2),
    ...serialise(table2Grid(spec.template, spec.cells), o),
    h(3),
    ...t3,
    h(4),
    ...serialise(table4Grid(spec.cells), o),
    h(5),
    p(
      "存在的主要问题：公开内容的深度和广度还需拓展。改进情况：完善公开目录，丰富解读形式，加强队伍建设。",
    ),
    h(6),
    p("本机关本年度未收取信息处理费。"),
    "",
    ...(spec.closing ?? []),
  ].join("\n");
}
