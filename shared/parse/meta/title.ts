import type { Span } from "../../model/report.js";
import type { SourceRow } from "../source.js";
import { squash } from "../keys.js";
import { parseNumber as chineseNumber } from "../../text/numerals.js";
import { DISCLOSURE, REPORT, YEAR, issuingBody } from "../../agency/body.js";
import { endsLikeBody } from "../../agency/level.js";
import { isChromeLine } from "./portal-lines.js";

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
    .replace(/^#+\s*/, "")
    .replace(CATALOGUE_LABEL, "");
}

/** The field a portal's 政务公开 catalogue prints the article's title under (名称, 标题). */
const CATALOGUE_LABEL = /^(?:标\s*题|名\s*称|题\s*名)\s*[:：]?\s*(?=\S)/u;

/** A portal's breadcrumb (当前位置：首页 > 政府信息公开 > 年报): no line of a title. */
const BREADCRUMB = /^(?:当前|您的|您现在的|所在)?位置\s*[:：]|首页\s*[>＞»›]/u;

const isFurniture = (t: string) => BREADCRUMB.test(t) || isChromeLine(t);

function isShort(t: string): boolean {
  return t.length <= 40 && !/[。；]/.test(t);
}

/**
 * The title: a few short lines before the first section that, joined, name a year and a
 * 政府信息公开 report (titles are often printed over two or three lines). A page printed from a
 * portal opens with its banner, menus and breadcrumb: the first such lines that name the year win
 * over earlier ones that do not.
 */
export function findTitle(rows: SourceRow[], limit: number): TitleInfo | null {
  const head = rows
    .slice(0, limit)
    .filter((r) => lineText(r) !== "")
    .slice(0, SEARCHED);
  let first: TitleInfo | null = null;
  for (let i = 0; i < head.length; i++) {
    const found = titleAt(head, i);
    if (!found) continue;
    if (found.year !== null) return found;
    if (i < FIRST_LINES) first ??= found;
  }
  return first;
}

/** Lines searched for a title; one without a year counts only among the first few. */
const SEARCHED = 60;
const FIRST_LINES = 8;

function titleAt(head: SourceRow[], i: number): TitleInfo | null {
  let title = "";
  for (let j = i; j < Math.min(head.length, i + 3); j++) {
    const t = lineText(head[j] as SourceRow);
    if (!isShort(t) || isFurniture(t)) return null;
    title += t;
    if (isTitle(title)) return titleInfo(head, ownStart(head, i, j), j);
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
