import type { RuleInstance } from "../types.js";

/** N — narrative against tables; Y — across the reports of an audit (rules.md). */
export const NARRATIVE_RULES: RuleInstance[] = [
  {
    id: "N01",
    kind: "narrative-numbers",
    severity: "warning",
    name: "正文数字与表格不符",
    description: "正文所述申请、办理、予以公开、复议、诉讼件数与表三、表四不一致",
    params: {},
  },
  {
    id: "N02",
    kind: "enumeration-sum",
    severity: "warning",
    name: "正文分项之和与总数不符",
    description: "「共N条……其中a条、b条……」的分项之和不等于N（分项不足总数一半的视为举例，不计）",
    params: { minParts: 2, minCoverage: 0.5 },
  },
  {
    id: "Y01",
    kind: "year-chain",
    severity: "error",
    name: "上年结转与上年报告不衔接",
    description: "同一机关相邻年度：本年表三上年结转＝上年报告结转下年度继续办理（逐列）",
    params: {
      template: null,
      keys: ["natural", "commercial", "research", "social", "legal", "otherOrg", "total"],
      current: "t3.carried.{k}",
      previous: ["t3.carryOver.{k}"],
      code: "carried_chain",
    },
  },
  {
    id: "Y02",
    kind: "year-chain",
    severity: "warning",
    name: "项目数量与上年报告不衔接",
    description:
      "同一机关相邻年度（均为2019版）：本年上一年项目数量＝上年报告上一年项目数量＋本年增/减",
    params: {
      template: "2019",
      keys: ["license", "otherService", "penalty", "enforcement", "fee"],
      current: "t2.{k}.prev",
      previous: ["t2.{k}.prev", "t2.{k}.change"],
      code: "projects_chain",
    },
  },
  {
    id: "Y03",
    kind: "copied-text",
    severity: "warning",
    name: "内容疑似照抄",
    description:
      "第一、五、六部分与同一机关上年报告或本次审核中其他机关报告高度相似（≥90%），或表二、表三、表四数据与其他机关报告完全相同",
    params: {
      sections: [1, 5, 6],
      threshold: 0.9,
      n: 5,
      minChars: 40,
      tables: [2, 3, 4],
      minNonzero: 8,
    },
  },
];
