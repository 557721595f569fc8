import type { TemplateVersion } from "../model/report.js";

/** How official notices group the problems of an annual report. */
export type ProblemGroup = "发布时限" | "格式规范" | "数据准确" | "内容完整" | "内容雷同";

export const GROUP_ORDER: readonly ProblemGroup[] = [
  "发布时限",
  "格式规范",
  "数据准确",
  "内容完整",
  "内容雷同",
];

// rules.md: which rule raises which kind of problem.
const GROUP_OF: Record<string, ProblemGroup> = {
  D03: "发布时限",
  S02: "格式规范",
  S03: "格式规范",
  S04: "格式规范",
  S06: "格式规范",
  S07: "格式规范",
  S08: "格式规范",
  S09: "格式规范",
  C02: "格式规范",
  C05: "格式规范",
  S01: "内容完整",
  S05: "内容完整",
  C01: "内容完整",
  D05: "内容完整",
  D06: "内容完整",
  Y03: "内容雷同",
};

// O01/O02 (待核对) ask the inspector to check nianbao's own reading of a scan: never a problem
// of the report, so never stated in a memo, whatever the verdict.
const READER_CHECKS = new Set(["O01", "O02"]);

export function readerCheck(rule: string): boolean {
  return READER_CHECKS.has(rule);
}

/** Arithmetic, cell values, authority, copied rows, narrative numbers, year chains: 数据准确. */
export function groupOf(rule: string): ProblemGroup {
  return GROUP_OF[rule] ?? "数据准确";
}

const FORMAT_CIRCULAR: Record<TemplateVersion, string> = {
  "2019": "国办公开办函〔2019〕60号",
  "2021": "国办公开办函〔2021〕30号",
};

/** The 整改要求 of each group, as a notice words them. */
export function requirement(g: ProblemGroup, template: TemplateVersion | null): string {
  switch (g) {
    case "发布时限":
      // 条例 第五十条: departments by 31 January, governments at county level and above by 31 March.
      return "严格按照《中华人民共和国政府信息公开条例》第五十条规定的时限公布年度报告";
    case "格式规范":
      return `对照${template ? FORMAT_CIRCULAR[template] : "国务院办公厅"}规定的格式规范章节标题、表格栏目和填写方式`;
    case "数据准确":
      return "逐项核实表格数据和正文数字，确保数据真实准确、勾稽关系正确";
    case "内容完整":
      return "补齐缺漏的章节、表格和数据，做到内容完整";
    case "内容雷同":
      return "结合本单位本年度工作实际撰写报告，不得照搬照抄往年或其他单位的报告";
  }
}
