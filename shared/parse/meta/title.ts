import type { Span } from "../../model/report.js";
import type { SourceRow } from "../source.js";
import { squash } from "../normalize.js";
import { parseNumber as chineseNumber } from "../numerals.js";

export interface TitleInfo {
  title: string;
  span: Span;
  year: number | null;
  /** The issuing body as the title prints it, possibly "". */
  body: string;
}

const YEAR = /((?:19|20)\d{2}|[二〇零○一三四五六七八九]{4})\s*年(?:度)?/u;
const REPORT = /报告|年报/u;
const DISCLOSURE = /政府信息公开|政务公开|信息公开/u;

function lineText(row: SourceRow): string {
  return row.cells
    .map((c) => c.text.trim())
    .filter(Boolean)
    .join("")
    .replace(/^#+\s*/, "");
}

function isShort(t: string): boolean {
  return t.length <= 40 && !/[。；]/.test(t);
}

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

/**
 * The title: the first few short lines before the first section that, joined, name a year and a
 * 政府信息公开 report (titles are often printed over two or three lines).
 */
export function findTitle(rows: SourceRow[], limit: number): TitleInfo | null {
  const head = rows
    .slice(0, limit)
    .filter((r) => lineText(r) !== "")
    .slice(0, 8);
  for (let i = 0; i < head.length; i++) {
    let title = "";
    for (let j = i; j < Math.min(head.length, i + 3); j++) {
      const t = lineText(head[j] as SourceRow);
      if (!isShort(t)) break;
      title += t;
      if (!REPORT.test(title) || !DISCLOSURE.test(title)) continue;
      const flat = squash(title);
      const m = YEAR.exec(flat);
      const year = m ? chineseNumber(m[1] ?? "") : null;
      const span: Span = [(head[i] as SourceRow).span[0], (head[j] as SourceRow).span[1]];
      return {
        title,
        span,
        year: year !== null && year >= 1990 && year <= 2100 ? year : null,
        body: issuingBody(flat),
      };
    }
  }
  return null;
}
