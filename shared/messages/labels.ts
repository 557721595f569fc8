import type { VerdictStatus } from "../model/audit.js";
import type { Severity } from "../model/finding.js";
import type { Format, Level, TemplateVersion } from "../model/report.js";
import type { PlaceTier } from "../model/rule-pack.js";
import { CN_NUMERALS, SECTION_TITLES, TABLE_TITLES } from "../templates/sections.js";
import { T2_BLOCKS } from "../templates/table2.js";
import { T3_COLUMNS, T3_GROUP_PRINTED, T3_ROWS, T3_ROW_PRINTED } from "../templates/table3.js";
import { T4_COLUMNS, T4_GROUPS } from "../templates/table4.js";
import { cellLabel } from "../templates/labels.js";

export const tableName = (t: number): string => `表${CN_NUMERALS[t - 1] ?? t}`;

export const sectionName = (no: number): string => `第${CN_NUMERALS[no - 1] ?? no}部分`;

export function sectionTitle(no: number): string {
  return SECTION_TITLES[no as keyof typeof SECTION_TITLES] ?? "";
}

export function tableTitle(t: number): string {
  return TABLE_TITLES[t as keyof typeof TABLE_TITLES] ?? "";
}

const T3_ALL = [...T3_ROWS["2019"], ...T3_ROWS["2021"]];

/** A row of table 三 with its group: （三）不予公开 1.属于国家秘密. */
export function t3RowLabel(key: string): string {
  const row = T3_ALL.find((r) => r.key === key);
  const printed = T3_ROW_PRINTED[key] ?? key;
  const group = row?.group ? T3_GROUP_PRINTED[row.group] : undefined;
  return group && group !== printed ? `${group} ${printed}` : printed;
}

/** The label of a row given by its prefix: "t2.license", "t3.granted", "t4.review". */
export function rowLabel(row: string, template?: string): string {
  const [table, ...rest] = row.split(".");
  const key = rest.join(".");
  if (table === "t3") return t3RowLabel(key);
  if (table === "t4") return T4_GROUPS.find((g) => g.key === key)?.label ?? key;
  const versions: TemplateVersion[] =
    template === "2019" || template === "2021" ? [template] : ["2021", "2019"];
  for (const v of versions)
    for (const b of T2_BLOCKS[v]) {
      const r = b.rows.find((x) => x.key === key);
      if (r) return r.label;
    }
  return key;
}

export function columnLabel(row: string, column: string): string {
  return cellLabel(`${row}.${column}`)?.column ?? column;
}

export function t3ColumnLabel(key: string): string {
  return T3_COLUMNS.find((c) => c.key === key)?.label ?? key;
}

export function t4ColumnLabel(key: string): string {
  return T4_COLUMNS.find((c) => c.key === key)?.label ?? key;
}

/** Whether a table 二 column is signed (本年增/减). */
export function signedColumn(column: string): boolean {
  return Object.values(T2_BLOCKS).some((bs) =>
    bs.some((b) => b.columns.some((c) => c.key === column && c.signed)),
  );
}

/** One cell in the template's words: 「行政强制·处理决定数量」 or 「（一）予以公开」行「自然人」列. */
export function cellName(id: string, template?: string): string {
  const l = cellLabel(id);
  if (!l) return `「${id}」`;
  const row = rowLabel(id.slice(0, id.lastIndexOf(".")), template);
  return l.table === 3 ? `「${row}」行「${l.column}」列` : `「${row}·${l.column}」`;
}

// The names the product shows for its vocabularies, written once: the workbench, the memo,
// the workbook and the command line read them from here.

/** The template documents by version (keyed by string: a finding's params name them). */
export const TEMPLATE_NAMES: Record<string, string> = {
  "2019": "2019版表格模板（国办公开办函〔2019〕60号）",
  "2021": "2021版表格模板（国办公开办函〔2021〕30号）",
} satisfies Record<TemplateVersion, string>;

/** A template version where room is short (lists, tables, the command line). */
export const templateShortName = (v: TemplateVersion): string => `${v}版`;

export const LEVEL_NAMES: Record<Level, string> = {
  province: "省级人民政府",
  "city-gov": "设区的市人民政府",
  "city-dept": "设区的市政府部门",
  "county-gov": "县级人民政府",
  "county-dept": "县级政府部门",
  township: "乡镇人民政府（街道办事处）",
  other: "未能确定层级的机关",
};

/** How high a place stands, as a rule pack's `places` set it (D01, D03). */
export const PLACE_TIER_NAMES: Record<PlaceTier, string> = {
  province: "省级",
  city: "设区的市级",
  county: "县级",
  township: "乡镇级",
  zone: "开发区",
};

export const SEVERITY_NAMES: Record<Severity, string> = {
  error: "错误",
  warning: "警告",
  info: "提示",
};

/** A verdict as the badges, the history, the memo and the workbook name it. */
export const VERDICT_NAMES: Record<VerdictStatus, string> = {
  confirmed: "已确认",
  misread: "解析有误",
  dismissed: "非问题",
};

/** The kind of file a report was read from. */
export const FORMAT_NAMES: Record<Format, string> = {
  txt: "文本",
  docx: "Word",
  pdf: "PDF",
  html: "网页",
  mhtml: "网页存档",
  doc: "Word 97-2003",
  wps: "WPS 文字",
};

/** 2022-04-06 → 2022年4月6日. */
export function dateName(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * A cell without a value, in two senses that must never be confused: the report left it empty
 * (a finding's matter) or the reader did not find it (nianbao's gap; the inspector types it).
 */
export const EMPTY_CELL_NAMES = {
  blank: "未填写",
  unread: "未读到",
} as const;
