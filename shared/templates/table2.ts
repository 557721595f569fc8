import type { TemplateVersion } from "../model/report.js";

export interface T2Column {
  key: string;
  label: string;
  /** May be negative (本年增/减). */
  signed?: boolean;
  /** An amount in 万元, not a count. */
  amount?: boolean;
}

export interface T2Row {
  key: string;
  label: string;
}

/** One block of table 二: its header (第二十条第（X）项), its columns and its rows. */
export interface T2Block {
  item: string;
  columns: readonly T2Column[];
  rows: readonly T2Row[];
}

const projectCols: T2Column[] = [
  { key: "prev", label: "上一年项目数量" },
  { key: "change", label: "本年增/减", signed: true },
  { key: "decisions", label: "处理决定数量" },
];

export const T2_BLOCKS: Record<TemplateVersion, readonly T2Block[]> = {
  "2019": [
    {
      item: "第二十条第（一）项",
      columns: [
        { key: "made", label: "本年新制作数量" },
        { key: "published", label: "本年新公开数量" },
        { key: "total", label: "对外公开总数量" },
      ],
      rows: [
        { key: "regulation", label: "规章" },
        { key: "normative", label: "规范性文件" },
      ],
    },
    {
      item: "第二十条第（五）项",
      columns: projectCols,
      rows: [
        { key: "license", label: "行政许可" },
        { key: "otherService", label: "其他对外管理服务事项" },
      ],
    },
    {
      item: "第二十条第（六）项",
      columns: projectCols,
      rows: [
        { key: "penalty", label: "行政处罚" },
        { key: "enforcement", label: "行政强制" },
      ],
    },
    {
      item: "第二十条第（八）项",
      columns: projectCols.slice(0, 2),
      rows: [{ key: "fee", label: "行政事业性收费" }],
    },
    {
      item: "第二十条第（九）项",
      columns: [
        { key: "count", label: "采购项目数量" },
        { key: "amount", label: "采购总金额", amount: true },
      ],
      rows: [{ key: "procurement", label: "政府集中采购" }],
    },
  ],
  "2021": [
    {
      item: "第二十条第（一）项",
      columns: [
        { key: "issued", label: "本年制发件数" },
        { key: "repealed", label: "本年废止件数" },
        { key: "valid", label: "现行有效件数" },
      ],
      rows: [
        { key: "regulation", label: "规章" },
        { key: "normative", label: "行政规范性文件" },
      ],
    },
    {
      item: "第二十条第（五）项",
      columns: [{ key: "decisions", label: "本年处理决定数量" }],
      rows: [{ key: "license", label: "行政许可" }],
    },
    {
      item: "第二十条第（六）项",
      columns: [{ key: "decisions", label: "本年处理决定数量" }],
      rows: [
        { key: "penalty", label: "行政处罚" },
        { key: "enforcement", label: "行政强制" },
      ],
    },
    {
      item: "第二十条第（八）项",
      columns: [{ key: "amount", label: "本年收费金额（单位：万元）", amount: true }],
      rows: [{ key: "fee", label: "行政事业性收费" }],
    },
  ],
};
