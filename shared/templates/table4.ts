export const T4_GROUPS = [
  { key: "review", label: "行政复议" },
  { key: "suitDirect", label: "未经复议直接起诉" },
  { key: "suitAfterReview", label: "复议后起诉" },
] as const;

export const T4_COLUMNS = [
  { key: "upheld", label: "结果维持" },
  { key: "corrected", label: "结果纠正" },
  { key: "other", label: "其他结果" },
  { key: "pending", label: "尚未审结" },
  { key: "total", label: "总计" },
] as const;

export type T4Group = (typeof T4_GROUPS)[number]["key"];
export type T4Column = (typeof T4_COLUMNS)[number]["key"];

/** The heads printed over several columns of table 四: the two kinds, above the groups. */
export const T4_SPANNING_HEADS = ["行政复议", "行政诉讼"] as const;
