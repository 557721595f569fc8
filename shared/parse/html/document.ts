import { readError, type ReadError } from "../../model/errors.js";
import type { ReaderMessage } from "../../model/report.js";
import { docxDocument } from "../docx/rows.js";
import type { SourceDocument } from "../source.js";
import { findArticle, within } from "./article.js";
import { pageBlocks, type PageBlock, type PageContent } from "./blocks.js";
import { headTitle } from "./head-title.js";
import type { HtmlNode } from "./tree.js";

/** What the reader takes of a parsed page: its blocks and the title its <head> names. */
export interface HtmlPage extends PageContent {
  headTitle: string | null;
}

/**
 * A parsed page → what the reader needs of it. The parser's tree is not kept: the adapter hands
 * this on, and the tree (most of a small page's memory) is freed before the report is read.
 */
export function htmlPage(document: HtmlNode): HtmlPage {
  return { ...pageBlocks(document), headTitle: headTitle(document) };
}

/**
 * A saved web page as rows: the report's paragraphs and tables (a table's merged cells as in a
 * .docx), found inside the portal's page; the menus, catalogue fields and footers around it are
 * left out. The page is only read: its scripts, styles, frames and images are never used.
 */
export function htmlDocument(
  document: HtmlNode | HtmlPage,
  format: "html" | "mhtml",
): SourceDocument | ReadError {
  const page = "blocks" in document ? document : htmlPage(document);
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
  const title = article.titled ? null : page.headTitle;
  const blocks: PageBlock[] = title
    ? [{ kind: "p", text: title, frame: { parent: null, depth: 0 } }, ...article.blocks]
    : article.blocks;
  if (title) messages.push({ code: "HTML_HEAD_TITLE", params: { title } });
  const doc = docxDocument({ blocks });
  const read = { ...doc, format, messages: [...messages, ...doc.messages] };
  return images ? { ...read, pictures: { count: images } } : read;
}
