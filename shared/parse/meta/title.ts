import type { Span } from "../../model/report.js";
import type { SourceRow } from "../source.js";
import { squash } from "../keys.js";
import { parseNumber as chineseNumber } from "../../text/numerals.js";
import { DISCLOSURE, REPORT, YEAR, issuingBody } from "../../agency/body.js";
import { endsLikeBody } from "../../agency/level.js";

export interface TitleInfo {
  title: string;
  span: Span;
  year: number | null;
  /** The issuing body as the title prints it, possibly "". */
  body: string;
}

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
      if (!isTitle(title)) continue;
      return titleInfo(head, ownStart(head, i, j), j);
    }
  }
  return null;
}

function isTitle(t: string): boolean {
  return REPORT.test(t) && DISCLOSURE.test(t);
}

const joined = (head: SourceRow[], from: number, to: number) =>
  head.slice(from, to).map(lineText).join("");

/**
 * Lines before a title that names its own body are no part of it when they do not end as a body's
 * name does: a stray 正文, the site's name (…门户网站) printed above the title.
 */
function ownStart(head: SourceRow[], i: number, j: number): number {
  for (let k = j; k > i; k--) {
    const rest = joined(head, k, j + 1);
    const body = issuingBody(rest);
    const keepsYear = YEAR.test(squash(rest)) || !YEAR.test(squash(joined(head, i, j + 1)));
    if (isTitle(rest) && keepsYear && endsLikeBody(body) && !endsLikeBody(joined(head, i, k)))
      return k;
  }
  return i;
}

function titleInfo(head: SourceRow[], i: number, j: number): TitleInfo {
  const title = joined(head, i, j + 1);
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
