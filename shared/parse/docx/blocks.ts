import type { DocxBlock, DocxCell } from "./content.js";
import { parseHtml, type HtmlElement, type HtmlNode } from "./html.js";

const BLOCK_TAGS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "div",
  "blockquote",
  "pre",
  "caption",
]);
// mammoth appends "↑" links from each footnote/endnote back to its reference.
const NOTE_BACKLINK = /^#(footnote|endnote)-ref-/;

class Collector {
  blocks: DocxBlock[] = [];
  line = "";
  flush(): void {
    if (this.line.trim()) this.blocks.push({ kind: "p", text: this.line });
    this.line = "";
  }
}

function walk(nodes: HtmlNode[], out: Collector): void {
  for (const n of nodes) {
    if (typeof n === "string") {
      out.line += n;
    } else if (n.tag === "br") {
      out.flush();
    } else if (n.tag === "table") {
      out.flush();
      out.blocks.push(...tableBlocks(n));
    } else if (!(n.tag === "a" && NOTE_BACKLINK.test(n.attrs["href"] ?? ""))) {
      const block = BLOCK_TAGS.has(n.tag);
      if (block) out.flush();
      walk(n.children, out);
      if (block) out.flush();
    }
  }
}

function blocksOf(nodes: HtmlNode[]): DocxBlock[] {
  const out = new Collector();
  walk(nodes, out);
  out.flush();
  return out.blocks;
}

function childrenTagged(el: HtmlElement, tags: string[]): HtmlElement[] {
  return el.children.filter((c): c is HtmlElement => typeof c !== "string" && tags.includes(c.tag));
}

function rowsOf(table: HtmlElement): HtmlElement[] {
  return childrenTagged(table, ["tr", "thead", "tbody", "tfoot"]).flatMap((c) =>
    c.tag === "tr" ? [c] : childrenTagged(c, ["tr"]),
  );
}

function spanAttr(value: string | undefined): number {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, 1000) : 1;
}

/** A nested table inside a cell reads as one line per nested row, its cells joined by spaces. */
function cellText(blocks: DocxBlock[]): string {
  const lines = blocks.flatMap((b) =>
    b.kind === "p"
      ? [b.text.trim()]
      : b.rows.map((r) =>
          r
            .map((c) => c.text.replace(/\s+/g, " ").trim())
            .filter((t) => t)
            .join(" "),
        ),
  );
  return lines.filter((t) => t).join("\n");
}

/**
 * A table becomes a table block, except a layout frame (one cell per row, holding a nested
 * table), whose content is read as if it stood outside the frame.
 */
function tableBlocks(table: HtmlElement): DocxBlock[] {
  const rows = rowsOf(table).map((tr) =>
    childrenTagged(tr, ["td", "th"]).map((td) => ({ td, blocks: blocksOf(td.children) })),
  );
  if (!rows.length) return [];
  const frame =
    rows.every((r) => r.length <= 1) &&
    rows.some((r) => r.some((c) => c.blocks.some((b) => b.kind === "table")));
  if (frame) return rows.flatMap((r) => r.flatMap((c) => c.blocks));
  const cells: DocxCell[][] = rows.map((r) =>
    r.map(({ td, blocks }) => ({
      text: cellText(blocks),
      colspan: spanAttr(td.attrs["colspan"]),
      rowspan: spanAttr(td.attrs["rowspan"]),
    })),
  );
  return [{ kind: "table", rows: cells }];
}

/** Reads mammoth's HTML as paragraphs and tables in reading order. */
export function docxBlocks(html: string): DocxBlock[] {
  return blocksOf(parseHtml(html).children);
}
