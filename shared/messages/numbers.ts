import {
  LEVEL_NAMES,
  cellName,
  rowLabel,
  signedColumn,
  t3ColumnLabel,
  t3RowLabel,
  tableName,
} from "./labels.js";
import { fmt, int, list, str } from "./params.js";
import type { Params } from "./params.js";
import type { Level } from "../model/report.js";

const t2 = (p: Params) => `表二「${rowLabel(`t2.${str(p, "row")}`, str(p, "template"))}」`;

/** Tables: amounts (C05), arithmetic (A01–A07), 规章 (D01), duplicates (D02), years (Y01, Y02). */
export const NUMBER_MESSAGES: Record<string, (p: Params) => string> = {
  amount_yuan: (p) => `表二${cellName(str(p, "cell"))}填写为「${str(p, "text")}」，单位应为万元`,
  amount_decimals: (p) =>
    `表二${cellName(str(p, "cell"))}填写为「${str(p, "text")}」，超过${int(p, "maxDecimals")}位小数`,
  amount_max: (p) =>
    `表二${cellName(str(p, "cell"))}填写为「${str(p, "text")}」，超过${int(p, "max")}万元，单位可疑`,
  t3_balance: (p) =>
    `表三「${t3ColumnLabel(str(p, "line"))}」列：新收+上年结转（${int(p, "lhs")}）≠ 办理结果总计+结转下年（${int(p, "rhs")}）`,
  t3_results: (p) =>
    `表三「${t3ColumnLabel(str(p, "line"))}」列：各项办理结果之和（${int(p, "lhs")}）≠「（七）总计」（${int(p, "rhs")}）`,
  t3_applicants: (p) =>
    `表三「${t3RowLabel(str(p, "line"))}」行：各类申请人之和（${int(p, "lhs")}）≠ 总计（${int(p, "rhs")}）`,
  t4_outcomes: (p) =>
    `表四「${rowLabel(`t4.${str(p, "line")}`)}」：维持+纠正+其他+尚未审结（${int(p, "lhs")}）≠ 总计（${int(p, "rhs")}）`,
  t2_published_total: (p) =>
    `${t2(p)}：本年新公开（${int(p, "small")}）大于对外公开总数（${int(p, "large")}）`,
  t2_issued_valid: (p) =>
    `${t2(p)}：本年制发（${int(p, "small")}）大于现行有效与本年废止之和（${int(p, "large")}）`,
  t2_prev_change: (p) => {
    const [prev, change] = list(p, "values");
    return `${t2(p)}：上一年项目数量（${fmt(prev ?? 0)}）加本年增减（${fmt(change ?? 0, true)}）小于0`;
  },
  regulation_authority: (p) => {
    const level = str(p, "level") as Level;
    const value = int(p, "value");
    return level === "other"
      ? `未能确定发布机关层级；除国务院部门和省、设区的市人民政府外无规章制定权，表二「规章」不应为${value}`
      : `${LEVEL_NAMES[level]}无规章制定权，表二「规章」不应为${value}`;
  },
  duplicate_rows: (p) => {
    const [copy, ...others] = list(p, "rows").map(String);
    const t = int(p, "table");
    const label = (k: string) => `「${rowLabel(`t${t}.${k}`, str(p, "template"))}」`;
    const cols = list(p, "columns").map(String);
    const values = list(p, "values").map((v, i) => fmt(v, t === 2 && signedColumn(cols[i] ?? "")));
    return `${tableName(t)}${label(copy ?? "")}行与${others.map(label).join("、")}行数据完全相同（${values.join("，")}）`;
  },
  carried_chain: (p) => {
    const col = t3ColumnLabel(str(p, "key"));
    return `表三「上年结转」${col}（${int(p, "current")}）≠ ${int(p, "lastYear")}年报告「结转下年度继续办理」${col}（${int(p, "previous")}）`;
  },
  projects_chain: (p) =>
    `表二「${rowLabel(`t2.${str(p, "key")}`, "2019")}」上一年项目数量（${int(p, "current")}）≠ ${int(p, "lastYear")}年报告上一年项目数量加本年增/减（${int(p, "previous")}）`,
};
