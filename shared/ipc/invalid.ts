import type { z } from "zod";

/** The fields of the requests, in the inspector's words. */
const FIELDS: Record<string, string> = {
  reportId: "报告",
  reportIds: "所选报告",
  key: "问题",
  status: "判定",
  note: "说明",
  text: "内容",
  quote: "引用的原文",
  target: "备注位置",
  remarkId: "备注",
  name: "姓名",
  reviewer: "复核人员姓名",
  cell: "单元格",
  value: "数值",
  clear: "恢复原值",
  agency: "发布机关",
  level: "机关层级",
  year: "年度",
  files: "文件",
  data: "文件内容",
  paths: "文件路径",
  addressee: "主送机关",
  office: "发文机关署名",
  date: "成文日期",
  page: "页码",
  seq: "记录序号",
  of: "整改前的报告",
  fileName: "文件名",
};

function fieldOf(path: readonly PropertyKey[]): string {
  const named = [...path].reverse().find((p): p is string => typeof p === "string");
  return (named && FIELDS[named]) ?? "提交的内容";
}

function what(issue: z.core.$ZodIssue): string {
  const field = fieldOf(issue.path);
  switch (issue.code) {
    case "too_big":
      if (issue.origin === "string") return `${field}过长（最多${String(issue.maximum)}个字）`;
      if (issue.origin === "array") return `${field}过多（最多${String(issue.maximum)}个）`;
      return `${field}超出范围`;
    case "too_small":
      if (issue.origin === "string" || issue.origin === "array") return `${field}不能为空`;
      return `${field}超出范围`;
    case "custom":
      return issue.message;
    default:
      return `${field}不符合要求`;
  }
}

/** Why a request was refused, in Chinese: what the inspector typed or chose, never the schema. */
export function invalidRequestMessage(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0];
  return `${first ? what(first) : "提交的内容不符合要求"}。`;
}
