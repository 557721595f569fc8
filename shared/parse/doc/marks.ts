import type { DocxContent } from "../docx/content.js";
import type { WordBody, WordRow } from "./content.js";
import { tableGrid, type ReadRow } from "./grid.js";

const PARAGRAPH = "\r";
const CELL = "\u0007";
const LINE_BREAK = "\u000b";
const PAGE_BREAK = "\u000c";
const COLUMN_BREAK = "\u000e";
const FIELD_BEGIN = "\u0013";
const FIELD_SEPARATOR = "\u0014";
const FIELD_END = "\u0015";
const NON_BREAKING_HYPHEN = "\u001e";
/** An inline picture (or an embedded object's picture) and a drawn object's anchor ([MS-DOC] 2.4.x). */
const PICTURE = "\u0001";
const DRAWN = "\u0008";
/** Deleted text, pictures, drawn objects, note and comment anchors, optional hyphens. */
function dropped(c: string): boolean {
  return c < " " && c !== "\t";
}

class Builder {
  readonly blocks: DocxContent["blocks"] = [];
  pictures = 0;
  para = "";
  /** The current cell's paragraphs, the current row's cells, the current table's rows. */
  cellParas: string[] = [];
  cells: string[] = [];
  rows: ReadRow[] = [];

  paragraph(): void {
    this.closeTable();
    // A line break outside a table starts a new line of the text, as in a .docx.
    const para = this.para;
    if (!para.includes("\n")) {
      if (para.trim()) this.blocks.push({ kind: "p", text: para });
    } else
      for (const line of para.split("\n"))
        if (line.trim()) this.blocks.push({ kind: "p", text: line });
    this.para = "";
  }

  cellParagraph(): void {
    this.cellParas.push(this.para);
    this.para = "";
  }

  cellEnd(): void {
    // Most cells are one paragraph: their text as it is.
    if (!this.cellParas.length) this.cells.push(this.para);
    else {
      this.cellParas.push(this.para);
      this.cells.push(this.cellParas.join("\n"));
      this.cellParas = [];
    }
    this.para = "";
  }

  rowEnd(layout: WordRow): void {
    this.para = "";
    this.cellParas = [];
    this.rows.push({ cells: this.cells, layout });
    this.cells = [];
  }

  closeTable(): void {
    if (this.cells.length) {
      this.rows.push({ cells: this.cells, layout: null });
      this.cells = [];
    }
    if (!this.rows.length) return;
    this.blocks.push({ kind: "table", rows: tableGrid(this.rows) });
    this.rows = [];
  }
}

/**
 * A Word 97–2003 body as paragraphs and tables: fields show their result, deleted text and
 * objects are dropped (and counted: their content is not read), and the cell marks between two
 * row ends make one table row.
 */
export function wordContent(body: WordBody): DocxContent {
  const text = body.text;
  const rowAt = new Map<number, WordRow>();
  for (const r of body.rows) rowAt.set(r.at, r);
  // One flag per character (a Set of a long table's paragraph marks costs more to build).
  const inCell = new Uint8Array(text.length);
  for (const at of body.cellParagraphs) inCell[at] = 1;
  const out = new Builder();
  /** Per open field: true once its code is over and its result is shown. */
  const fields: boolean[] = [];
  let inCode = 0;
  // Text between control characters is taken as one slice; the marks are read one by one.
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) >= 0x20) continue;
    if (i > from && inCode === 0) out.para += text.slice(from, i);
    if (i === text.length) break;
    from = i + 1;
    const c = text[i] as string;
    if (c === FIELD_BEGIN) {
      fields.push(false);
      inCode++;
    } else if (c === FIELD_SEPARATOR) {
      if (fields.length && !fields[fields.length - 1]) {
        fields[fields.length - 1] = true;
        inCode--;
      }
    } else if (c === FIELD_END) {
      if (fields.pop() === false) inCode--;
    } else if (inCode > 0) continue;
    else if (c === CELL) {
      const row = rowAt.get(i);
      if (row) out.rowEnd(row);
      else out.cellEnd();
    } else if (c === PARAGRAPH || c === PAGE_BREAK || c === COLUMN_BREAK) {
      if (inCell[i] === 1) out.cellParagraph();
      else out.paragraph();
    } else if (c === LINE_BREAK || c === "\n") out.para += "\n";
    else if (c === NON_BREAKING_HYPHEN) out.para += "-";
    else if (c === PICTURE || c === DRAWN) out.pictures++;
    else if (!dropped(c)) out.para += c;
  }
  out.paragraph();
  return out.pictures ? { blocks: out.blocks, pictures: out.pictures } : { blocks: out.blocks };
}
