import { isTitleText } from "./article.js";
import type { HtmlNode } from "./tree.js";

function find(node: HtmlNode, name: string, depth = 0): HtmlNode | null {
  if (node.nodeName === name) return node;
  // <title> sits in <head>, a level or two down; an <svg>'s <title> is not the page's.
  if (depth > 3 || node.nodeName === "svg" || node.nodeName === "body") return null;
  for (const c of node.childNodes ?? []) {
    const hit = find(c, name, depth + 1);
    if (hit) return hit;
  }
  return null;
}

/**
 * The report's title from the page's <title>, for a saved page whose body prints none: portals
 * join the article's title and the site's name with _ | - — (2025年…年度报告_某某市人民政府).
 */
export function headTitle(document: HtmlNode): string | null {
  const node = find(document, "title");
  const text = (node?.childNodes ?? []).map((c) => c.value ?? "").join("");
  const parts = text.split(/\s*[_|｜—–]\s*|\s+-\s+|\s{2,}/u).map((t) => t.trim());
  return parts.find(isTitleText) ?? null;
}
