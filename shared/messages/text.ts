import {
  LEVEL_NAMES,
  TEMPLATE_NAMES,
  dateName,
  sectionName,
  sectionTitle,
  tableName,
  tableTitle,
} from "./labels.js";
import { int, list, str } from "./params.js";
import type { Params } from "./params.js";
import type { Level } from "../model/report.js";

const section = (p: Params) => {
  const no = int(p, "section");
  return `${sectionName(no)}「${sectionTitle(no)}」`;
};

const DEADLINE_BODY: Record<Level, string> = {
  ...LEVEL_NAMES,
  "county-gov": "县级政府",
  "city-gov": "设区的市政府",
  province: "省级政府",
  "county-dept": "政府部门",
  "city-dept": "政府部门",
  other: "政府部门（未能确定机关层级）",
};

const NARRATIVE_TARGET: Record<string, string> = {
  received: "表三新收申请总计",
  handled: "表三办理结果总计",
  granted: "表三「予以公开」总计",
  partial: "表三「部分公开」总计",
  denied: "表三「不予公开」各项总计之和",
  unable: "表三「无法提供」各项总计之和",
  notHandled: "表三「不予处理」各项总计之和",
  otherHandled: "表三「其他处理」总计",
  review: "表四行政复议总计",
  suit: "表四行政诉讼总计",
};

/** Structure (S), dates and sections (D03–D06), narrative (N01, N02), copied text (Y03). */
const TABLE_NAMES: Record<number, string> = { 2: "二", 3: "三", 4: "四" };

export const TEXT_MESSAGES: Record<string, (p: Params) => string> = {
  section_missing: (p) => `缺少${section(p)}`,
  section_title: (p) =>
    `${sectionName(int(p, "section"))}标题「${str(p, "printed")}」与模板「${str(p, "expected")}」不一致`,
  section_numbering: (p) =>
    `${sectionName(int(p, "section"))}标题「${str(p, "printed")}」编号不规范，模板为「${str(p, "expected")}」`,
  section_order: (p) => `${sectionName(int(p, "first"))}出现在${sectionName(int(p, "second"))}之前`,
  template_year: (p) =>
    `${int(p, "year")}年度报告使用了${TEMPLATE_NAMES[str(p, "template")] ?? ""}，应使用${TEMPLATE_NAMES[str(p, "expected")] ?? ""}`,
  table_missing: (p) => `缺少${tableName(int(p, "table"))}「${tableTitle(int(p, "table"))}」`,
  label_deviation: (p) =>
    `${tableName(int(p, "table"))}${str(p, "kind") === "row" ? "行" : "列"}标签「${str(p, "printed")}」与模板「${str(p, "expected")}」不一致`,
  table_shape: (p) =>
    `${tableName(int(p, "table"))}按${int(p, "printed")}列排版，已按表头对应到模板${int(p, "expected")}列`,
  other_one_row: () =>
    "表三「（六）其他处理」按2019版模板印为一行，未按2021版模板分三项填报，已按该行读取",
  title_body: (p) =>
    str(p, "body") ? `标题未写明发布机关全称（「${str(p, "body")}」）` : "标题未写明发布机关",
  title_year: () => "标题未写明报告年度",
  deadline_late: (p) => {
    const [, m, d] = str(p, "deadline").split("-").map(Number);
    const body = DEADLINE_BODY[str(p, "level") as Level] ?? "";
    return `报告落款日期${dateName(str(p, "published"))}，晚于${body}${m}月${d}日的公布时限`;
  },
  deadline_no_date: (p) =>
    `未找到报告落款日期，无法核对公布时限（应不晚于${dateName(str(p, "deadline"))}）`,
  period_year: (p) => `正文统计期限为${int(p, "stated")}年，与报告年度${int(p, "year")}年不一致`,
  body_year: (p) => `正文所述年度为${int(p, "stated")}年，与报告年度${int(p, "year")}年不一致`,
  fee_not_stated: (p) => `${sectionName(int(p, "section"))}未说明信息处理费收取情况`,
  section_empty: (p) => `${section(p)}内容空缺`,
  section_none: (p) => `${section(p)}仅填写「无」`,
  section_placeholder: (p) => `${section(p)}仍为模板提示文字「${str(p, "text")}」，未填写内容`,
  section_short: (p) =>
    `${section(p)}内容过短（${int(p, "chars")}个汉字，应不少于${int(p, "minChars")}个）`,
  narrative_table: (p) =>
    `正文称「${str(p, "quote")}」，${NARRATIVE_TARGET[str(p, "target")] ?? "表格"}为${int(p, "table")}`,
  enumeration_sum: (p) =>
    `正文「${str(p, "total")}」与分项之和${int(p, "sum")}（${list(p, "parts").join("+")}）不一致`,
  copied_text: (p) => {
    const other = p.sameAgency ? "本机关" : `「${str(p, "agency")}」`;
    return `${sectionName(int(p, "section"))}与${other}${int(p, "year")}年报告相应部分相似度${int(p, "similarity")}%，疑似照抄`;
  },
  copied_table: (p) =>
    `${list(p, "tables")
      .map((t) => `表${TABLE_NAMES[Number(t)] ?? t}`)
      .join("、")}数据与「${str(p, "agency")}」${int(p, "year")}年报告完全相同，疑似照抄`,
};
