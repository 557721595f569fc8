import { readError, type ReadError } from "../../model/errors.js";
import type { ReaderMessage } from "../../model/report.js";
import { docxDocument } from "../docx/rows.js";
import type { SourceDocument } from "../source.js";
import { findArticle, within } from "./article.js";
import { pageBlocks } from "./blocks.js";
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
  const doc = docxDocument({ blocks: article.blocks });
  return { ...doc, format, messages: [...messages, ...doc.messages] };
}
