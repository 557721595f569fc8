import type { RuleInstance } from "../types.js";

/** D — domain rules (rules.md; 立法法, 政府信息公开条例 art. 49–50, 国办公开办函〔2021〕30号). */
export const DOMAIN_RULES: RuleInstance[] = [
  {
    id: "D01",
    kind: "regulation-authority",
    severity: "error",
    name: "无规章制定权却填报规章",
    description:
      "只有国务院部门和省、设区的市人民政府可制定规章；县级及以下政府和政府部门的规章栏应为0（省、设区的市人民政府办公厅（室）报告本级政府规章的除外）",
    params: {
      cells: [
        "t2.regulation.made",
        "t2.regulation.published",
        "t2.regulation.total",
        "t2.regulation.issued",
        "t2.regulation.repealed",
        "t2.regulation.valid",
      ],
      without: ["county-gov", "county-dept", "township", "city-dept"],
      offices: ["city-dept"],
    },
  },
  {
    id: "D02",
    kind: "duplicate-rows",
    severity: "warning",
    name: "表格行数据重复",
    description: "表二两行数据完全相同（疑似复制粘贴）；表三两个办理结果行完全相同（提示）",
    params: { minNonzero: 2, minSingle: 100, minNonzeroT3: 3 },
  },
  {
    id: "D03",
    kind: "publish-deadline",
    severity: "warning",
    name: "超过公布时限",
    description: "落款日期晚于次年1月31日（部门、乡镇）或3月31日（县级以上人民政府）",
    params: {
      governments: ["province", "city-gov", "county-gov"],
      governmentDeadline: "03-31",
      otherDeadline: "01-31",
    },
  },
  {
    id: "D04",
    kind: "statistical-period",
    severity: "warning",
    name: "统计期限与报告年度不符",
    description: "正文所写统计期限或年份与标题年度不一致",
    params: {},
  },
  {
    id: "D05",
    kind: "section-mentions",
    severity: "warning",
    name: "未说明信息处理费收取情况",
    description: "2021版模板：第六部分应说明信息处理费的收取情况",
    params: {
      section: 6,
      template: "2021",
      anyOf: ["信息处理费", "处理费"],
      code: "fee_not_stated",
    },
  },
  {
    id: "D06",
    kind: "section-content",
    severity: "warning",
    name: "存在的主要问题及改进情况空缺",
    description: "第五部分为空、少于40个汉字或只写「无」",
    params: { section: 5, minChars: 40 },
  },
];
