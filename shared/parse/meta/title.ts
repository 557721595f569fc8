import type { Span } from "../../model/report.js";
import type { SourceRow } from "../source.js";
import { squash } from "../normalize.js";
import { chineseNumber } from "./numerals.js";

export interface TitleInfo {
  title: string;
  span: Span;
  year: number | null;
  /** The issuing body as the title prints it (before the year), possibly "". */
  body: string;
}

const YEAR = /((?:19|20)\d{2}|[二〇零○一三四五六七八九]{4})\s*年(?:度)?/u;
const REPORT = /(?:工作)?(?:年度)?报告|年报/u;

function lineText(row: SourceRow): string {
  return row.cells
    .map((c) => c.text.trim())
    .filter(Boolean)
    .join("")
    .replace(/^#+\s*/, "");
}

/** The title: the first line naming a 年度报告/年报, joined with a preceding short line (body). */
export function findTitle(rows: SourceRow[], limit: number): TitleInfo | null {
  const head = rows.slice(0, limit).filter((r) => lineText(r) !== "");
  for (let i = 0; i < Math.min(head.length, 8); i++) {
    const row = head[i] as SourceRow;
    const t = lineText(row);
    if (t.length > 60 || !REPORT.test(t) || !/政府信息公开|政务公开|信息公开/.test(t)) continue;
    let title = t;
    let start = row.span[0];
    const prev = head[i - 1];
    if (prev && /^\s*((?:19|20)\d{2}|[二〇零○一三四五六七八九]{4})\s*年/u.test(t)) {
      const p = lineText(prev);
      if (p.length <= 30 && !/[。，；]/.test(p)) {
        title = p + t;
        start = prev.span[0];
      }
    }
    const m = YEAR.exec(squash(title));
    const year = m ? chineseNumber(m[1] ?? "") : null;
    const body = m ? squash(title).slice(0, m.index) : "";
    return {
      title,
      span: [start, row.span[1]],
      year: year !== null && year >= 1990 && year <= 2100 ? year : null,
      body,
    };
  }
  return null;
}
