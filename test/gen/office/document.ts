import type { Level, TemplateVersion } from "../../../shared/model/report.js";
import { CN_NUMERALS, SECTION_TITLES } from "../../../shared/templates/sections.js";
import { contents } from "../batch/content.js";
import type { CellMap } from "../tables-grid.js";
import { table2, table3, table4, type OfficeTable } from "./grid.js";
import type { Look } from "./look.js";

export type OfficeBlock =
  | { kind: "title" | "heading" | "para"; text: string }
  | { kind: "table"; table: OfficeTable }
  /** A picture pasted in the text (a PNG), at its size in points. */
  | { kind: "picture"; png: Uint8Array; width: number; height: number };

export interface OfficeReport {
  title: string;
  agency: string;
  year: number;
  template: TemplateVersion;
  level: Level;
  blocks: OfficeBlock[];
  /** Every cell the tables print, by cell ID (what a reader must find). */
  cells: CellMap;
}

/** Text width of an A4 page with the margins write-docx sets, in points. */
export const TEXT_WIDTH = 451;
/** Left and right cell padding together, in points (Word's 0.19 cm a side). */
export const PADDING = 10.8;

/** Prose with no figures in it, to push the tables down the pages. */
const FILLER = [
  "坚持把政务公开作为密切联系群众的重要渠道，围绕群众关切及时回应社会关注，持续提升公开工作的针对性和实效性。",
  "进一步完善信息发布审核机制，严格落实先审后发、分级审核要求，确保公开内容准确规范、安全可靠。",
  "加强对各单位公开工作的日常指导和业务培训，推动公开工作人员熟悉条例要求、掌握办理流程。",
  "依托政府门户网站集中发布政策文件和解读材料，方便公众查询获取，扩大政策知晓面和影响力。",
];

const AGENCIES: { name: string; level: Level }[] = [
  { name: "青石县人民政府", level: "county-gov" },
  { name: "梅岭县交通运输局", level: "county-dept" },
  { name: "江州市人民政府", level: "city-gov" },
];

const heading = (no: 1 | 2 | 3 | 4 | 5 | 6): OfficeBlock => ({
  kind: "heading",
  text: `${CN_NUMERALS[no - 1]}、${SECTION_TITLES[no]}`,
});

/** A consistent report (no rule broken) laid out with `look`'s column widths. */
export function officeReport(seed: number, template: TemplateVersion, look: Look): OfficeReport {
  const agency = AGENCIES[seed % AGENCIES.length] as { name: string; level: Level };
  const year = template === "2019" ? 2020 : 2021 + (seed % 4);
  const [c] = contents([
    { seed, agency, year, template, format: "docx", plants: [], previous: null, copyOf: null },
  ]);
  if (!c) throw new Error("no content");
  const cells: CellMap = { ...c.values };
  const paras = (lines: string[]): OfficeBlock[] => lines.map((text) => ({ kind: "para", text }));
  const ch = look.size;
  const widths = {
    result: 2 * ch + PADDING,
    group: look.groupChars * ch + PADDING,
    row: look.rowChars * ch + PADDING,
  };
  const filler = Array.from({ length: look.filler }, (_, i) => FILLER[i % FILLER.length] ?? "");
  const blocks: OfficeBlock[] = [
    { kind: "title", text: c.title },
    heading(1),
    ...paras([...c.narrative[1], ...filler]),
    heading(2),
    { kind: "table", table: table2(template, cells, TEXT_WIDTH) },
    heading(3),
    {
      kind: "table",
      table: table3(template, cells, TEXT_WIDTH, widths, look.splitHeads),
    },
    heading(4),
    { kind: "table", table: table4(cells, TEXT_WIDTH, look.splitHeads) },
    heading(5),
    ...paras(c.narrative[5]),
    heading(6),
    ...paras(c.narrative[6]),
    ...paras(c.closing),
  ];
  return {
    title: c.title,
    agency: agency.name,
    year,
    template,
    level: agency.level,
    blocks,
    cells,
  };
}
