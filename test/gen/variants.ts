import type { SectionNo } from "../../shared/model/report.js";
import { CN_NUMERALS, SECTION_TITLES } from "../../shared/templates/sections.js";
import { T3_COLUMNS } from "../../shared/templates/table3.js";
import { T4_COLUMNS, T4_GROUPS } from "../../shared/templates/table4.js";
import { serialise, type RenderOptions, type ReportSpec } from "./render-txt.js";
import {
  printValue,
  table2Grid,
  table3Grid,
  table4Grid,
  type CellMap,
  type GridRow,
} from "./tables-grid.js";

/** How a real report words or prints what the template gives (every field optional). */
export interface Variant {
  /** Section headings as printed, by section (default: the template's, numbered 一、). */
  headings?: Partial<Record<SectionNo, string | null>>;
  /** Sentences of section 一 (default: one sentence that states no figure). */
  overview?: string[];
  /** Section 五's body. */
  problems?: string;
  /** Changes to the printed grids of tables 二, 三, 四 (rows removed, a head garbled …). */
  t2?: (rows: GridRow[]) => GridRow[];
  t3?: (rows: GridRow[]) => GridRow[];
  t4?: (rows: GridRow[]) => GridRow[];
}

const PROBLEMS =
  "存在的主要问题：公开内容的深度和广度还需拓展。改进情况：完善公开目录，丰富解读形式，加强队伍建设。";

/** A report as text (one of the txt layouts) printed with a real report's wording. */
export function renderVariant(spec: ReportSpec, o: RenderOptions, v: Variant = {}): string {
  const heading = (n: SectionNo): string[] => {
    const h = v.headings?.[n];
    if (h === null) return [];
    return [h ?? `${CN_NUMERALS[n - 1]}、${SECTION_TITLES[n]}`];
  };
  const same = (rows: GridRow[]) => rows;
  return [
    spec.title,
    "",
    ...heading(1),
    ...(v.overview ?? [
      "本年度政府信息公开工作总体情况良好，公开内容不断丰富，依申请公开办理规范。",
    ]),
    ...heading(2),
    ...serialise((v.t2 ?? same)(table2Grid(spec.template, spec.cells)), o),
    ...heading(3),
    ...serialise((v.t3 ?? same)(table3Grid(spec.template, spec.cells)), o),
    ...heading(4),
    ...serialise((v.t4 ?? same)(table4Grid(spec.cells)), o),
    ...heading(5),
    v.problems ?? PROBLEMS,
    ...heading(6),
    "本机关本年度未收取信息处理费。",
    "",
    ...(spec.closing ?? []),
  ].join("\n");
}

/** Table 三 without the rows whose label includes `label`. */
export const withoutRow =
  (label: string) =>
  (rows: GridRow[]): GridRow[] =>
    rows.filter((r) => !r.some((c) => c.includes(label)));

/** A grid with one printed label replaced (a garbled head, a misprint). */
export const relabel =
  (from: string, to: string) =>
  (rows: GridRow[]): GridRow[] =>
    rows.map((r) => r.map((c) => (c === from ? to : c)));

/** Table 三 with one applicant column left out of the header and of every row. */
export function withoutColumn(label: string) {
  const at = T3_COLUMNS.findIndex((c) => c.label === label);
  return (rows: GridRow[]): GridRow[] =>
    rows.map((r, i) => {
      if (i < 3) return r.filter((c) => c !== label);
      return r.filter((_, j) => j !== r.length - T3_COLUMNS.length + at);
    });
}

/**
 * A 2021 table 三 printing （六）其他处理 as one 2019-style row with the sums of its three rows
 * (as hzq2023 does): the values it prints are returned under the 2019 IDs t3.other.*.
 */
export function otherAsOneRow(cells: CellMap): { t3: Variant["t3"]; printed: CellMap } {
  const printed: CellMap = {};
  const values = T3_COLUMNS.map((c) => {
    const sum = ["noCorrection", "noFee", "other"]
      .map((k) => cells[`t3.other.${k}.${c.key}`])
      .reduce<number>((a, b) => a + (typeof b === "number" ? b : 0), 0);
    printed[`t3.other.${c.key}`] = sum;
    return printValue(sum);
  });
  const t3 = (rows: GridRow[]) => {
    const first = rows.findIndex((r) => r.some((c) => c.includes("（六）其他处理")));
    return [...rows.slice(0, first), ["", "（六）其他处理", ...values], ...rows.slice(first + 3)];
  };
  return { t3, printed };
}

/** Table 四 printed one row per group (行政复议 | 5 values), as some reports lay it out. */
export function t4ByGroup(cells: CellMap) {
  return (): GridRow[] => [
    ["", ...T4_COLUMNS.map((c) => c.label)],
    ...T4_GROUPS.map((g) => [
      g.label,
      ...T4_COLUMNS.map((c) => printValue(cells[`t4.${g.key}.${c.key}`])),
    ]),
  ];
}

/** Table 四 as the template prints it, but without some groups or columns (header and values). */
export function t4Without(cells: CellMap, drop: { groups?: string[]; columns?: string[] }) {
  const groups = T4_GROUPS.filter((g) => !drop.groups?.includes(g.label));
  const cols = T4_COLUMNS.filter((c) => !drop.columns?.includes(c.label));
  const sub = cols.map((c) => c.label);
  return (): GridRow[] => [
    groups.map((g) => g.label),
    ...groups.map(() => sub).slice(0, 1),
    groups.slice(1).flatMap(() => sub),
    groups.flatMap((g) => cols.map((c) => printValue(cells[`t4.${g.key}.${c.key}`]))),
  ];
}

/** Table 二 with one column (by its header label) left out of its block's header and rows. */
export const t2WithoutColumn =
  (label: string) =>
  (rows: GridRow[]): GridRow[] => {
    let drop = -1;
    return rows.map((r) => {
      if (r.length === 1) drop = -1;
      const j = r.indexOf(label);
      if (j >= 0) drop = j;
      return drop >= 0 ? r.filter((_, i) => i !== drop) : r;
    });
  };
