import type { DocxBlock, DocxCell, DocxContent } from "./content.js";

/**
 * The part of mammoth's document model (lib/documents.js) the reader walks: what
 * `docxReader.read` hands back before mammoth turns it into HTML or raw text.
 */
export interface DocxNode {
  type: string;
  children?: DocxNode[];
  /** text */
  value?: string;
  /** break: "line" | "page" | "column" */
  breakType?: string;
  /** tableCell */
  colSpan?: number;
  rowSpan?: number;
  /** note */
  body?: DocxNode[];
  /** paragraph */
  styleName?: string | null;
}

/** The footnotes and endnotes a document references, in the order mammoth prints them. */
export type NoteResolver = (reference: DocxNode) => DocxNode | undefined;

const MAX_SPAN = 1000;

/** What the whole walk counts, nested tables and notes included. */
interface Tally {
  /** The pictures (image nodes) in the order met; a picture block names one by its index. */
  pictures: DocxNode[];
}

class Collector {
  blocks: DocxBlock[] = [];
  line = "";
  heading = 0;
  /** Pictures met in the line being read: they stand after it. */
  pending: number[] = [];
  noteNumber = 1;
  readonly references: DocxNode[] = [];
  constructor(readonly tally: Tally) {}
  flush(): void {
    if (this.line.trim())
      this.blocks.push(
        this.heading
          ? { kind: "p", text: this.line, heading: this.heading }
          : { kind: "p", text: this.line },
      );
    this.line = "";
    for (const picture of this.pending) this.blocks.push({ kind: "picture", picture });
    this.pending = [];
  }
}

/** Word's built-in heading styles ("heading 1", "标题 1"), which mammoth maps to h1–h6. */
function headingLevel(style: string | null | undefined): number {
  const m = /^(?:heading|标题)\s*([1-6])$/i.exec(style?.trim() ?? "");
  return m ? Number(m[1]) : 0;
}

function walk(nodes: readonly DocxNode[], out: Collector, depth: number): void {
  for (const n of nodes) {
    switch (n.type) {
      case "text":
        out.line += n.value ?? "";
        break;
      case "tab":
        out.line += "\t";
        break;
      case "break":
        if (n.breakType === "line") out.flush();
        break;
      case "noteReference":
        // mammoth prints a reference as "[n]" and the note's body after the document.
        out.line += `[${out.noteNumber++}]`;
        out.references.push(n);
        break;
      case "image":
        out.pending.push(out.tally.pictures.length);
        out.tally.pictures.push(n);
        break;
      case "table":
        out.flush();
        out.blocks.push(...tableBlocks(n, depth + 1, out.tally));
        break;
      case "paragraph":
        out.flush();
        out.heading = headingLevel(n.styleName);
        walk(n.children ?? [], out, depth);
        out.flush();
        out.heading = 0;
        break;
      default:
        if (n.children && depth < 64) walk(n.children, out, depth + 1);
    }
  }
}

function blocksOf(nodes: readonly DocxNode[], depth: number, tally: Tally): DocxBlock[] {
  const out = new Collector(tally);
  walk(nodes, out, depth);
  out.flush();
  return out.blocks;
}

function span(n: number | undefined): number {
  return n !== undefined && Number.isFinite(n) && n > 1 ? Math.min(Math.floor(n), MAX_SPAN) : 1;
}

/** A nested table inside a cell reads as one line per nested row, its cells joined by spaces. */
function cellText(blocks: DocxBlock[]): string {
  const lines = blocks.flatMap((b) =>
    b.kind === "picture"
      ? []
      : b.kind === "p"
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

const ofType = (nodes: readonly DocxNode[] | undefined, type: string) =>
  (nodes ?? []).filter((n) => n.type === type);

/**
 * A table becomes a table block, except a layout frame (one cell per row, holding a nested
 * table), whose content is read as if it stood outside the frame.
 */
function tableBlocks(table: DocxNode, depth: number, tally: Tally): DocxBlock[] {
  const rows = ofType(table.children, "tableRow").map((tr) =>
    ofType(tr.children, "tableCell").map((td) => ({
      td,
      blocks: blocksOf(td.children ?? [], depth, tally),
    })),
  );
  if (!rows.length) return [];
  const frame =
    rows.every((r) => r.length <= 1) &&
    rows.some((r) => r.some((c) => c.blocks.some((b) => b.kind === "table")));
  if (frame) return rows.flatMap((r) => r.flatMap((c) => c.blocks));
  const cells: DocxCell[][] = rows.map((r) =>
    r.map(({ td, blocks }) => ({
      text: cellText(blocks),
      colspan: span(td.colSpan),
      rowspan: span(td.rowSpan),
    })),
  );
  return [{ kind: "table", rows: cells }];
}

/**
 * Reads mammoth's document tree as paragraphs and tables in reading order, notes last, with
 * where each picture stands; `pictures` are the image nodes, for the adapter to read.
 */
export function treePictures(
  document: DocxNode,
  resolveNote?: NoteResolver,
): { content: DocxContent; pictures: DocxNode[] } {
  const out = new Collector({ pictures: [] });
  walk(document.children ?? [], out, 0);
  out.flush();
  const notes = resolveNote ? out.references.map(resolveNote) : [];
  for (const note of notes) if (note?.body) out.blocks.push(...blocksOf(note.body, 1, out.tally));
  const { pictures } = out.tally;
  const content = pictures.length
    ? { blocks: out.blocks, pictures: pictures.length }
    : { blocks: out.blocks };
  return { content, pictures };
}

/** The document's paragraphs and tables, and how many pictures it holds (their content unread). */
export const treeContent = (document: DocxNode, resolveNote?: NoteResolver): DocxContent =>
  treePictures(document, resolveNote).content;

export const treeBlocks = (document: DocxNode, resolveNote?: NoteResolver): DocxBlock[] =>
  treeContent(document, resolveNote).blocks;
