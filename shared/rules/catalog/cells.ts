import type { RuleInstance } from "../types.js";

const AMOUNTS = ["t2.procurement.amount", "t2.fee.amount"];

/** C — cell content (rules.md). */
export const CELL_RULES: RuleInstance[] = [
  {
    id: "C01",
    kind: "cell-content",
    severity: "error",
    name: "单元格未填写",
    description: "模板单元格空白（每行一条，列出该行空白单元格）",
    params: { test: "blank" },
  },
  {
    id: "C02",
    kind: "cell-content",
    severity: "warning",
    name: "单元格填写非数字",
    description: "单元格填写了「/」「—」「无」等非数字内容",
    params: { test: "text" },
  },
  {
    id: "C03",
    kind: "cell-content",
    severity: "error",
    name: "出现负数",
    description: "除表二「本年增/减」外，单元格不应为负数",
    params: { test: "negative", except: ["t2.*.change"] },
  },
  {
    id: "C04",
    kind: "cell-content",
    severity: "error",
    name: "数量出现小数",
    description: "件数、项目数等计数单元格出现小数",
    params: { test: "fraction", except: AMOUNTS },
  },
  {
    id: "C05",
    kind: "amount-unit",
    severity: "info",
    name: "金额单位可疑",
    description: "金额以元而非万元填写，或超过4位小数，或超过1000万万元",
    params: { cells: AMOUNTS, maxDecimals: 4, max: 10_000_000 },
  },
];
