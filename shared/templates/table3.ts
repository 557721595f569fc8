import type { TemplateVersion } from "../model/report.js";

/** Table 三 value columns (cell-ids.md), in template order. */
export const T3_COLUMNS = [
  { key: "natural", label: "自然人" },
  { key: "commercial", label: "商业企业" },
  { key: "research", label: "科研机构" },
  { key: "social", label: "社会公益组织" },
  { key: "legal", label: "法律服务机构" },
  { key: "otherOrg", label: "其他" },
  { key: "total", label: "总计" },
] as const;

export type T3Column = (typeof T3_COLUMNS)[number]["key"];

export interface T3Row {
  key: string;
  /** The leaf label as the template prints it, without its numbering. */
  label: string;
  /** The enclosing group label, e.g. 不予公开 for denied.*. */
  group?: string;
  /** Counted in the sum of results (A02). */
  result: boolean;
}

const common: T3Row[] = [
  { key: "new", label: "本年新收政府信息公开申请数量", result: false },
  { key: "carried", label: "上年结转政府信息公开申请数量", result: false },
  { key: "granted", label: "予以公开", group: "本年度办理结果", result: true },
  { key: "partial", label: "部分公开（区分处理的，只计这一情形，不计其他情形）", result: true },
  { key: "denied.secret", label: "属于国家秘密", group: "不予公开", result: true },
  {
    key: "denied.lawForbidden",
    label: "其他法律行政法规禁止公开",
    group: "不予公开",
    result: true,
  },
  { key: "denied.safety", label: "危及“三安全一稳定”", group: "不予公开", result: true },
  { key: "denied.thirdParty", label: "保护第三方合法权益", group: "不予公开", result: true },
  { key: "denied.internal", label: "属于三类内部事务信息", group: "不予公开", result: true },
  { key: "denied.process", label: "属于四类过程性信息", group: "不予公开", result: true },
  { key: "denied.enforcementFile", label: "属于行政执法案卷", group: "不予公开", result: true },
  { key: "denied.query", label: "属于行政查询事项", group: "不予公开", result: true },
  { key: "unable.noInfo", label: "本机关不掌握相关政府信息", group: "无法提供", result: true },
  { key: "unable.needCreate", label: "没有现成信息需要另行制作", group: "无法提供", result: true },
  { key: "unable.unclear", label: "补正后申请内容仍不明确", group: "无法提供", result: true },
  { key: "notHandled.petition", label: "信访举报投诉类申请", group: "不予处理", result: true },
  { key: "notHandled.repeat", label: "重复申请", group: "不予处理", result: true },
  { key: "notHandled.publication", label: "要求提供公开出版物", group: "不予处理", result: true },
  { key: "notHandled.massive", label: "无正当理由大量反复申请", group: "不予处理", result: true },
  {
    key: "notHandled.confirm",
    label: "要求行政机关确认或重新出具已获取信息",
    group: "不予处理",
    result: true,
  },
];

const other2019: T3Row[] = [{ key: "other", label: "其他处理", result: true }];
const other2021: T3Row[] = [
  {
    key: "other.noCorrection",
    label: "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    group: "其他处理",
    result: true,
  },
  {
    key: "other.noFee",
    label: "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    group: "其他处理",
    result: true,
  },
  { key: "other.other", label: "其他", group: "其他处理", result: true },
];
const closing: T3Row[] = [
  { key: "total", label: "总计", result: false },
  { key: "carryOver", label: "结转下年度继续办理", result: false },
];

export const T3_ROWS: Record<TemplateVersion, readonly T3Row[]> = {
  "2019": [...common, ...other2019, ...closing],
  "2021": [...common, ...other2021, ...closing],
};

/** The printed row label with its numbering, as in the template (for the grid and messages). */
export const T3_ROW_PRINTED: Record<string, string> = {
  new: "一、本年新收政府信息公开申请数量",
  carried: "二、上年结转政府信息公开申请数量",
  granted: "（一）予以公开",
  partial: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
  "denied.secret": "1.属于国家秘密",
  "denied.lawForbidden": "2.其他法律行政法规禁止公开",
  "denied.safety": "3.危及“三安全一稳定”",
  "denied.thirdParty": "4.保护第三方合法权益",
  "denied.internal": "5.属于三类内部事务信息",
  "denied.process": "6.属于四类过程性信息",
  "denied.enforcementFile": "7.属于行政执法案卷",
  "denied.query": "8.属于行政查询事项",
  "unable.noInfo": "1.本机关不掌握相关政府信息",
  "unable.needCreate": "2.没有现成信息需要另行制作",
  "unable.unclear": "3.补正后申请内容仍不明确",
  "notHandled.petition": "1.信访举报投诉类申请",
  "notHandled.repeat": "2.重复申请",
  "notHandled.publication": "3.要求提供公开出版物",
  "notHandled.massive": "4.无正当理由大量反复申请",
  "notHandled.confirm": "5.要求行政机关确认或重新出具已获取信息",
  other: "（六）其他处理",
  "other.noCorrection": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
  "other.noFee": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
  "other.other": "3.其他",
  total: "（七）总计",
  carryOver: "四、结转下年度继续办理",
};

export const T3_GROUP_PRINTED: Record<string, string> = {
  不予公开: "（三）不予公开",
  无法提供: "（四）无法提供",
  不予处理: "（五）不予处理",
  其他处理: "（六）其他处理",
};

/** The heads printed over several columns of table 三, above the columns' own. */
export const T3_SPANNING_HEADS = ["申请人情况", "法人或其他组织"] as const;
