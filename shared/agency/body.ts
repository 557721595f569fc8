import { squash } from "../text/normalize.js";

/** The year a title names: 2021年, 2021年度, 二〇二一年. */
export const YEAR = /((?:19|20)\d{2}|[二〇零○一三四五六七八九]{4})\s*年(?:度)?/u;
export const REPORT = /报告|年报/u;
export const DISCLOSURE = /政府信息公开|政务公开|信息公开/u;

/**
 * The issuing body a title names: the words before the year (XX县2021年…), or, when the title
 * opens with the year (2025年XX市人民政府办公厅政府信息公开…, 2023年度XX街道…), the words between
 * the year and 政府信息公开. "" when the title names none.
 */
export function issuingBody(title: string): string {
  const flat = squash(title).replace(/^#+/, "");
  const m = YEAR.exec(flat);
  const upTo = (s: string) => {
    const d = DISCLOSURE.exec(s);
    const r = REPORT.exec(s);
    const end = Math.min(d ? d.index : s.length, r ? r.index : s.length);
    // 人民政府信息公开: 政府 belongs to the body (XX县人民政府) and to 政府信息公开.
    return s.slice(0, end).replace(/人民$/u, "人民政府");
  };
  const before = upTo(m ? flat.slice(0, m.index) : flat).replace(/^关于|关于$/gu, "");
  if (before || !m) return before.replace(/[（(]$/u, "");
  return upTo(flat.slice(m.index + m[0].length).replace(/^度/u, ""));
}
