import { describe, expect, it } from "vitest";
import type { Finding, ParamValue } from "../../../shared/model/finding.js";
import { MESSAGE_CODES, renderMessage } from "../../../shared/messages/zh-CN.js";

const f = (code: string, params: Record<string, ParamValue>): Finding => ({
  rule: "X",
  severity: "warning",
  code,
  params,
  cells: [],
  spans: [],
});

/** One example per code, in the words of rules.md where it gives them. */
const EXAMPLES: [string, Record<string, ParamValue>, string][] = [
  ["section_missing", { section: 5 }, "缺少第五部分「存在的主要问题及改进情况」"],
  [
    "section_title",
    { section: 5, printed: "五、存在困难建议及改进情况", expected: "五、存在的主要问题及改进情况" },
    "第五部分标题「五、存在困难建议及改进情况」与模板「五、存在的主要问题及改进情况」不一致",
  ],
  [
    "section_numbering",
    { section: 1, printed: "1、 总体情况", expected: "一、总体情况" },
    "第一部分标题「1、 总体情况」编号不规范，模板为「一、总体情况」",
  ],
  ["section_order", { first: 4, second: 3 }, "第四部分出现在第三部分之前"],
  [
    "template_year",
    { year: 2021, template: "2019", expected: "2021" },
    "2021年度报告使用了2019版表格模板（国办公开办函〔2019〕60号），应使用2021版表格模板（国办公开办函〔2021〕30号）",
  ],
  ["table_missing", { table: 3 }, "缺少表三「收到和处理政府信息公开申请情况」"],
  [
    "label_deviation",
    {
      table: 3,
      kind: "row",
      printed: "无正当理由由大量反复申请",
      expected: "无正当理由大量反复申请",
    },
    "表三行标签「无正当理由由大量反复申请」与模板「无正当理由大量反复申请」不一致",
  ],
  ["table_shape", { table: 3, printed: 13, expected: 7 }, "表三按13列排版，已按表头对应到模板7列"],
  [
    "other_one_row",
    { table: 3 },
    "表三「（六）其他处理」按2019版模板印为一行，未按2021版模板分三项填报，已按该行读取",
  ],
  ["title_body", { body: "政府办" }, "标题未写明发布机关全称（「政府办」）"],
  ["title_year", { title: "" }, "标题未写明报告年度"],
  [
    "cells_unread",
    { table: 3, template: "2021", part: "columns", keys: ["research"], count: 25 },
    "表三未能读取「科研机构」列（25个单元格），已按未知处理（不作空白），相关核对未进行，请对照原文",
  ],
  [
    "cell_blank",
    {
      table: 3,
      template: "2019",
      rows: ["t3.granted"],
      columns: ["natural", "commercial", "research", "social", "legal", "otherOrg"],
      values: [],
    },
    "表三「（一）予以公开」行有6个单元格未填写（自然人…其他）",
  ],
  [
    "cell_text",
    { table: 2, template: "2019", rows: ["t2.enforcement"], columns: ["decisions"], values: ["/"] },
    "表二「行政强制·处理决定数量」填写为「/」，应填数字",
  ],
  [
    "cell_negative",
    { table: 3, template: "2021", rows: ["t3.carryOver"], columns: ["total"], values: ["-1"] },
    "表三「四、结转下年度继续办理」行「总计」列为 -1，不应为负数",
  ],
  [
    "cell_fraction",
    { table: 2, template: "2019", rows: ["t2.license"], columns: ["decisions"], values: ["12.5"] },
    "表二「行政许可·处理决定数量」为 12.5，应为整数",
  ],
  [
    "amount_yuan",
    { cell: "t2.procurement.amount", text: "29209840元" },
    "表二「政府集中采购·采购总金额」填写为「29209840元」，单位应为万元",
  ],
  [
    "amount_decimals",
    { cell: "t2.fee.amount", text: "3.14159", maxDecimals: 4 },
    "表二「行政事业性收费·本年收费金额（单位：万元）」填写为「3.14159」，超过4位小数",
  ],
  [
    "amount_max",
    { cell: "t2.fee.amount", text: "20000000", max: 10000000 },
    "表二「行政事业性收费·本年收费金额（单位：万元）」填写为「20000000」，超过10000000万元，单位可疑",
  ],
  [
    "t3_balance",
    { table: 3, line: "natural", lhs: 12, rhs: 11 },
    "表三「自然人」列：新收+上年结转（12）≠ 办理结果总计+结转下年（11）",
  ],
  [
    "t3_results",
    { table: 3, line: "total", lhs: 22, rhs: 23 },
    "表三「总计」列：各项办理结果之和（22）≠「（七）总计」（23）",
  ],
  [
    "t3_applicants",
    { table: 3, line: "new", lhs: 14, rhs: 15 },
    "表三「一、本年新收政府信息公开申请数量」行：各类申请人之和（14）≠ 总计（15）",
  ],
  [
    "t4_outcomes",
    { table: 4, line: "review", lhs: 3, rhs: 4 },
    "表四「行政复议」：维持+纠正+其他+尚未审结（3）≠ 总计（4）",
  ],
  [
    "t2_published_total",
    { row: "normative", template: "2019", small: 20, large: 18, values: [20, 18] },
    "表二「规范性文件」：本年新公开（20）大于对外公开总数（18）",
  ],
  [
    "t2_issued_valid",
    { row: "normative", template: "2021", small: 17, large: 15, values: [17, 10, 5] },
    "表二「行政规范性文件」：本年制发（17）大于现行有效与本年废止之和（15）",
  ],
  [
    "t2_prev_change",
    { row: "penalty", template: "2019", small: 0, large: -5, values: [20, -25] },
    "表二「行政处罚」：上一年项目数量（20）加本年增减（-25）小于0",
  ],
  [
    "regulation_authority",
    { level: "county-gov", value: 2, cell: "t2.regulation.made" },
    "县级人民政府无规章制定权，表二「规章」不应为2",
  ],
  [
    "duplicate_rows",
    {
      table: 2,
      template: "2019",
      rows: ["enforcement", "otherService"],
      columns: ["prev", "change", "decisions"],
      values: [8, 1, 56],
    },
    "表二「行政强制」行与「其他对外管理服务事项」行数据完全相同（8，+1，56）",
  ],
  [
    "deadline_late",
    { level: "county-gov", deadline: "2022-03-31", published: "2022-04-06" },
    "报告落款日期2022年4月6日，晚于县级政府3月31日的公布时限",
  ],
  [
    "deadline_no_date",
    { level: "county-dept", deadline: "2022-01-31" },
    "未找到报告落款日期，无法核对公布时限（应不晚于2022年1月31日）",
  ],
  [
    "period_year",
    { stated: 2019, year: 2020, quote: "" },
    "正文统计期限为2019年，与报告年度2020年不一致",
  ],
  ["body_year", { stated: 2019, year: 2020 }, "正文所述年度为2019年，与报告年度2020年不一致"],
  ["fee_not_stated", { section: 6 }, "第六部分未说明信息处理费收取情况"],
  [
    "section_empty",
    { section: 5, chars: 0, minChars: 40 },
    "第五部分「存在的主要问题及改进情况」内容空缺",
  ],
  [
    "section_none",
    { section: 5, chars: 1, minChars: 40 },
    "第五部分「存在的主要问题及改进情况」仅填写「无」",
  ],
  [
    "section_placeholder",
    { section: 5, chars: 4, minChars: 40, text: "（文字描述）" },
    "第五部分「存在的主要问题及改进情况」仍为模板提示文字「（文字描述）」，未填写内容",
  ],
  [
    "section_short",
    { section: 5, chars: 12, minChars: 40 },
    "第五部分「存在的主要问题及改进情况」内容过短（12个汉字，应不少于40个）",
  ],
  [
    "narrative_table",
    { target: "received", quote: "收到政府信息公开申请15件", stated: 15, table: 14 },
    "正文称「收到政府信息公开申请15件」，表三新收申请总计为14",
  ],
  [
    "enumeration_sum",
    { total: "共152余条", stated: 152, sum: 151, parts: [80, 41, 30] },
    "正文「共152余条」与分项之和151（80+41+30）不一致",
  ],
  [
    "carried_chain",
    { key: "total", current: 3, previous: 2, lastYear: 2020 },
    "表三「上年结转」总计（3）≠ 2020年报告「结转下年度继续办理」总计（2）",
  ],
  [
    "projects_chain",
    { key: "license", current: 20, previous: 18, lastYear: 2020 },
    "表二「行政许可」上一年项目数量（20）≠ 2020年报告上一年项目数量加本年增/减（18）",
  ],
  [
    "copied_text",
    { section: 5, similarity: 96, agency: "", year: 2020, sameAgency: true },
    "第五部分与本机关2020年报告相应部分相似度96%，疑似照抄",
  ],
  [
    "ocr_cell",
    { cell: "t3.granted.natural", text: "5", confidence: 58, page: 3 },
    "表三「（一）予以公开」行「自然人」列识别为「5」，置信度58%，待核对（扫描件第3页）",
  ],
  [
    "ocr_line",
    { text: "网站年度独立用户访问总量400405个", confidence: 71, page: 2 },
    "扫描件第2页正文「网站年度独立用户访问总量400405个」识别置信度71%，其中的数字待核对",
  ],
  [
    "copied_table",
    { tables: [2, 3], agency: "青石县人民政府", year: 2021 },
    "表二、表三数据与「青石县人民政府」2021年报告完全相同，疑似照抄",
  ],
];

describe("zh-CN messages", () => {
  it("has a sentence for every code the kinds produce, and no other", () => {
    expect([...MESSAGE_CODES].sort()).toEqual(EXAMPLES.map(([code]) => code).sort());
  });

  for (const [code, params, sentence] of EXAMPLES)
    it(code, () => expect(renderMessage(f(code, params))).toBe(sentence));

  it("names an unknown code rather than failing", () => {
    expect(renderMessage(f("no_such_code", {}))).toBe("X（no_such_code）");
  });
});
