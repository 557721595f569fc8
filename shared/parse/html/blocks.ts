import type { DocxBlock, DocxCell } from "../docx/content.js";
import {
  attr,
  BREAK,
  elementKind,
  elements,
  FRAME,
  HEADING,
  HIDDEN,
  hiddenByAttrs,
  IMAGE,
  INLINE,
  PRE,
  TABLE,
  type HtmlNode,
} from "./tree.js";
import { SECTION_HEADING, tableSignal, textSignals } from "./signals.js";
import { collapse, isBlank } from "./white-space.js";

/** An element on the way from <body> down to a block: what the article is found by. */
export interface Frame {
  parent: Frame | null;
  depth: number;
}

/**
 * A paragraph or a table of the page, with the element it stands in; a table with the standard
 * table its labels show (signals.ts), read as its grid is made.
 */
export type PageBlock = (
  | Extract<DocxBlock, { kind: "p" }>
  | (Extract<DocxBlock, { kind: "table" }> & { signal: string | null })
  | Extract<DocxBlock, { kind: "picture" }>
) & { frame: Frame };

export interface PageContent {
  blocks: PageBlock[];
  /** Where the page shows an image (its text, if any, is not read). */
  images: Frame[];
  /** Each image's src, as a picture block numbers it (where in a web archive it is saved). */
  sources: string[];
  /** Frames (iframe, frame): another page, not saved in this one. */
  frames: number;
  /** The page nests elements deeper than the reader follows (MAX_DEPTH). */
  tooDeep: boolean;
}

const MAX_DEPTH = 400;
const MAX_SPAN = 1000;

class Lines {
  readonly blocks: PageBlock[] = [];
  private raw = "";
  private frame: Frame;
  heading = 0;
  /** Images met in the line being read: they stand after it. */
  private pending: { picture: number; frame: Frame }[] = [];

  constructor(
    frame: Frame,
    readonly page: PageContent,
  ) {
    this.frame = frame;
  }

  add(text: string, frame: Frame): void {
    if (!this.raw) {
      // White space between tags starts no line (most text nodes of a page are such).
      if (isBlank(text)) return;
      this.frame = frame;
    }
    this.raw += text;
  }

  picture(src: string, frame: Frame): void {
    this.pending.push({ picture: this.page.sources.length, frame });
    this.page.sources.push(src);
  }

  flush(): void {
    if (this.raw) {
      const text = collapse(this.raw);
      this.raw = "";
      const frame = this.frame;
      if (text)
        this.blocks.push(
          this.heading
            ? { kind: "p", text, heading: this.heading, frame }
            : { kind: "p", text, frame },
        );
    }
    if (!this.pending.length) return;
    for (const p of this.pending) this.blocks.push({ kind: "picture", ...p });
    this.pending = [];
  }
}

function child(parent: Frame): Frame {
  return { parent, depth: parent.depth + 1 };
}

function walk(node: HtmlNode, frame: Frame, out: Lines, pre: boolean, depth: number): void {
  if (depth > MAX_DEPTH) {
    out.page.tooDeep = true;
    return;
  }
  const kids = node.childNodes;
  if (!kids) return;
  for (let i = 0; i < kids.length; i++) {
    const n = kids[i] as HtmlNode;
    if (n.nodeName === "#text") {
      if (!pre) out.add(n.value ?? "", frame);
      else
        (n.value ?? "").split("\n").forEach((line, i) => {
          if (i > 0) out.flush();
          out.add(line, frame);
        });
      continue;
    }
    if (n.tagName === undefined) continue;
    const kind = elementKind(n.nodeName);
    if (kind === IMAGE) {
      out.page.images.push(frame);
      out.picture(attr(n, "src") ?? "", frame);
    } else if (kind === FRAME) out.page.frames++;
    if (kind === HIDDEN || kind === IMAGE || kind === FRAME || hiddenByAttrs(n)) continue;
    if (kind === INLINE) walk(n, frame, out, pre, depth + 1);
    else if (kind === BREAK) out.flush();
    else if (kind === TABLE) {
      out.flush();
      table(n, child(frame), out, depth + 1);
    } else {
      out.flush();
      const outer = out.heading;
      out.heading = kind > HEADING ? kind - HEADING : outer;
      walk(n, child(frame), out, pre || kind === PRE, depth + 1);
      out.flush();
      out.heading = outer;
    }
  }
}

function span(value: string | undefined): number {
  const n = value === undefined ? NaN : parseInt(value, 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** The cells of a table as read: each one's element and where its blocks start in `blocks`. */
interface ReadCells {
  nodes: HtmlNode[];
  /** Index in the line's blocks where each cell's blocks start; one more entry: where the last ends. */
  starts: number[];
  /** Index in `nodes` where each row ends. */
  rowEnds: number[];
}

/** Reads the cells of one row; the cells' blocks are added to `out.blocks`, one after the other. */
function readRow(tr: HtmlNode, rowFrame: Frame, out: Lines, depth: number, read: ReadCells): void {
  const kids = tr.childNodes;
  if (kids)
    for (let i = 0; i < kids.length; i++) {
      const td = kids[i] as HtmlNode;
      const name = td.nodeName;
      if ((name !== "td" && name !== "th") || hiddenByAttrs(td)) continue;
      read.nodes.push(td);
      read.starts.push(out.blocks.length);
      walk(td, child(rowFrame), out, false, depth + 2);
      out.flush();
    }
  read.rowEnds.push(read.nodes.length);
}

/**
 * A table of the page: a grid of cells, or a layout table around other content (one column,
 * or a cell holding a table or a section heading), whose cells are read as the page around it.
 * The cells' blocks are read into the page's lines as they come, and taken back out for a grid.
 */
function table(node: HtmlNode, frame: Frame, out: Lines, depth: number): void {
  for (const caption of elements(node, "caption")) {
    walk(caption, child(frame), out, false, depth + 1);
    out.flush();
  }
  // A cell's lines are no heading, whatever element holds the table.
  const outer = out.heading;
  out.heading = 0;
  const first = out.blocks.length;
  const read: ReadCells = { nodes: [], starts: [], rowEnds: [] };
  const kids = node.childNodes;
  if (kids)
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i] as HtmlNode;
      const name = n.nodeName;
      if (name === "tr") {
        if (!hiddenByAttrs(n)) readRow(n, child(frame), out, depth, read);
      } else if ((name === "tbody" || name === "thead" || name === "tfoot") && !hiddenByAttrs(n))
        for (const tr of elements(n, "tr")) readRow(tr, child(frame), out, depth, read);
    }
  out.heading = outer;
  read.starts.push(out.blocks.length);
  let wide = false;
  let from = 0;
  for (const end of read.rowEnds) {
    if (end - from > 1) wide = true;
    from = end;
  }
  if (!wide) return;
  const signals = cellSignals(out.blocks, first);
  if (!signals) return;
  const cells: DocxCell[][] = [];
  const cellsSignals: number[] = [];
  from = 0;
  for (const end of read.rowEnds) {
    if (end > from) {
      const row: DocxCell[] = new Array<DocxCell>(end - from);
      for (let k = from; k < end; k++) {
        const cell = gridCell(read, k, out.blocks);
        row[k - from] = cell;
        const start = read.starts[k] as number;
        // A cell of one paragraph has that paragraph's text, whose signals are known.
        const one = (read.starts[k + 1] as number) - start === 1;
        cellsSignals.push(one ? (signals[start - first] as number) : textSignals(cell.text));
      }
      cells.push(row);
    }
    from = end;
  }
  out.blocks.length = first;
  if (cells.length)
    out.blocks.push({ kind: "table", rows: cells, signal: tableSignal(cellsSignals), frame });
}

/**
 * Each of a table's blocks' signals, or null when a cell holds a table or a section heading: the
 * table lays out a page, it is no grid.
 */
function cellSignals(blocks: readonly PageBlock[], from: number): number[] | null {
  const out = new Array<number>(blocks.length - from);
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i] as PageBlock;
    if (b.kind === "picture") {
      out[i - from] = 0;
      continue;
    }
    if (b.kind === "table" || b.heading !== undefined) return null;
    // Every section heading has Chinese words; most cells are numbers.
    const signals = textSignals(b.text);
    if (signals & SECTION_HEADING) return null;
    out[i - from] = signals;
  }
  return out;
}

function gridCell(read: ReadCells, k: number, blocks: readonly PageBlock[]): DocxCell {
  let colspan: string | undefined;
  let rowspan: string | undefined;
  const attrs = (read.nodes[k] as HtmlNode).attrs;
  // The first of each, as the HTML parser keeps it.
  if (attrs)
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i] as { name: string; value: string };
      if (a.name === "colspan") colspan ??= a.value;
      else if (a.name === "rowspan") rowspan ??= a.value;
    }
  const text = cellText(blocks, read.starts[k] as number, read.starts[k + 1] as number);
  return { text, colspan: span(colspan), rowspan: span(rowspan) };
}

function cellText(blocks: readonly PageBlock[], from: number, to: number): string {
  if (to - from === 1) {
    const only = blocks[from] as PageBlock;
    return only.kind === "p" ? only.text : "";
  }
  let text = "";
  for (let i = from; i < to; i++) {
    const b = blocks[i] as PageBlock;
    text += (i > from ? "\n" : "") + (b.kind === "p" ? b.text : "");
  }
  return text;
}

/** The page's paragraphs and tables in reading order, each with the element it stands in. */
export function pageBlocks(document: HtmlNode): PageContent {
  const page: PageContent = { blocks: [], images: [], sources: [], frames: 0, tooDeep: false };
  const root: Frame = { parent: null, depth: 0 };
  const out = new Lines(root, page);
  walk(document, root, out, false, 0);
  out.flush();
  page.blocks = out.blocks;
  return page;
}
