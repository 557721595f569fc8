import type { SectionNo } from "../model/report.js";

export const SECTION_TITLES: Record<SectionNo, string> = {
  1: "总体情况",
  2: "主动公开政府信息情况",
  3: "收到和处理政府信息公开申请情况",
  4: "政府信息公开行政复议、行政诉讼情况",
  5: "存在的主要问题及改进情况",
  6: "其他需要报告的事项",
};

export const TABLE_TITLES: Record<2 | 3 | 4, string> = {
  2: "主动公开政府信息情况",
  3: "收到和处理政府信息公开申请情况",
  4: "政府信息公开行政复议、行政诉讼情况",
};

export const CN_NUMERALS = ["一", "二", "三", "四", "五", "六"] as const;
