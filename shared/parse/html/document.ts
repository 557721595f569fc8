import { readError, type ReadError } from "../../model/errors.js";
import type { ReaderMessage } from "../../model/report.js";
import { docxDocument } from "../docx/rows.js";
import type { SourceDocument } from "../source.js";
import { findArticle, within } from "./article.js";
import { pageBlocks, type PageBlock } from "./blocks.js";
import { headTitle } from "./head-title.js";
import type { HtmlNode } from "./tree.js";

/**
 * A saved web page as rows: the report's paragraphs and tables (a table's merged cells as in a
 * .docx), found inside the portal's page; the menus, catalogue fields and footers around it are
 * left out. The page is only read: its scripts, styles, frames and images are never used.
 */
export function htmlDocument(
  document: HtmlNode,
  format: "html" | "mhtml",
): SourceDocument | ReadError {
  const page = pageBlocks(document);
  const article = findArticle(page.blocks);
  const messages: ReaderMessage[] = [];
  const root = article.root;
  if (!article.blocks.length || (!root && page.frames))
    return readError(
      "HTML_NO_TEXT",
      page.frames ? `网页含 ${page.frames} 个框架，框架中的内容不在此文件中` : undefined,
    );
  if (!root) messages.push({ code: "HTML_NO_ARTICLE", params: {} });
  const images = root ? page.images.filter((f) => within(f, root)).length : page.images.length;
  if (images) messages.push({ code: "HTML_IMAGES", params: { images } });
  if (page.tooDeep) messages.push({ code: "HTML_TOO_DEEP", params: {} });
  const title = article.titled ? null : headTitle(document);
  const blocks: PageBlock[] = title
    ? [{ kind: "p", text: title, frame: { parent: null, depth: 0 } }, ...article.blocks]
    : article.blocks;
  if (title) messages.push({ code: "HTML_HEAD_TITLE", params: { title } });
  const doc = docxDocument({ blocks });
  return { ...doc, format, messages: [...messages, ...doc.messages] };
}
