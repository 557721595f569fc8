import type { RuleInstance } from "../types.js";

const T4_PARTS = ["upheld", "corrected", "other", "pending"];
const T3_APPLICANTS = ["natural", "commercial", "research", "social", "legal", "otherOrg"];
const T2_PROJECTS = ["license", "otherService", "penalty", "enforcement", "fee"];

/** A — arithmetic (rules.md; 勾稽关系 of the template's table 三). */
export const ARITHMETIC_RULES: RuleInstance[] = [
  {
    id: "A01",
    kind: "sum-identity",
    severity: "error",
    name: "表三勾稽关系不成立",
    description: "表三每列：本年新收＋上年结转＝办理结果总计＋结转下年度继续办理",
    params: {
      table: "t3",
      per: "column",
      lhs: ["new", "carried"],
      rhs: ["total", "carryOver"],
      code: "t3_balance",
    },
  },
  {
    id: "A02",
    kind: "sum-identity",
    severity: "error",
    name: "表三办理结果之和不等于总计",
    description: "表三每列：各项办理结果之和＝（七）总计",
    params: { table: "t3", per: "column", lhs: ["@results"], rhs: ["total"], code: "t3_results" },
  },
  {
    id: "A03",
    kind: "sum-identity",
    severity: "error",
    name: "表三各类申请人之和不等于总计",
    description: "表三每行：自然人与各类法人或其他组织之和＝总计",
    params: { table: "t3", per: "row", lhs: T3_APPLICANTS, rhs: ["total"], code: "t3_applicants" },
  },
  {
    id: "A04",
    kind: "sum-identity",
    severity: "error",
    name: "表四分项之和不等于总计",
    description: "表四行政复议、直接起诉、复议后起诉：维持＋纠正＋其他＋尚未审结＝总计",
    params: { table: "t4", per: "row", lhs: T4_PARTS, rhs: ["total"], code: "t4_outcomes" },
  },
  {
    id: "A05",
    kind: "at-most",
    severity: "warning",
    name: "表二本年新公开数大于公开总数",
    description: "2019版表二：规章、规范性文件的本年新公开数量不应大于对外公开总数量",
    params: {
      template: "2019",
      rows: ["regulation", "normative"],
      small: ["published"],
      large: ["total"],
      code: "t2_published_total",
    },
  },
  {
    id: "A06",
    kind: "at-most",
    severity: "warning",
    name: "表二本年制发数大于现行有效与废止之和",
    description:
      "2021版表二：规章、行政规范性文件的本年制发件数不应大于现行有效件数与本年废止件数之和",
    params: {
      template: "2021",
      rows: ["regulation", "normative"],
      small: ["issued"],
      large: ["valid", "repealed"],
      code: "t2_issued_valid",
    },
  },
  {
    id: "A07",
    kind: "at-most",
    severity: "error",
    name: "表二项目数量增减后为负",
    description: "2019版表二：上一年项目数量加本年增/减不应小于0",
    params: {
      template: "2019",
      rows: T2_PROJECTS,
      small: [],
      large: ["prev", "change"],
      code: "t2_prev_change",
    },
  },
];
