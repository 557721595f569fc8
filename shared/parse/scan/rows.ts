import type { OcrMark, Span } from "../../model/report.js";
import type { OcrCell, OcrContent, OcrText } from "../../model/scan.js";
import type { SourceCell, SourceDocument, SourceRow } from "../source.js";
import { joinPages } from "./breaks.js";

/** A recognised piece of the text: where its span came from on the scan. */
export interface OcrSpan extends OcrMark {
  span: Span;
}

/** A scanned document as rows, and the scan position and confidence of every span it holds. */
export interface OcrDocument extends SourceDocument {
  /** Table cells, blank ones included. */
  marks: OcrSpan[];
  /** Lines of prose. */
  lines: OcrSpan[];
  pages: { width: number; height: number; skew: number }[];
}

class Builder {
  private parts: string[] = [];
  length = 0;
  readonly rows: SourceRow[] = [];
  readonly marks: OcrSpan[] = [];
  readonly lines: OcrSpan[] = [];

  piece(t: OcrText, page: number, into: OcrSpan[]): SourceCell {
    const from = this.length;
    this.push(t.text);
    const span: Span = [from, this.length];
    into.push({ span, page, box: t.box, confidence: Math.round(t.confidence) });
    const [x, , w] = t.box;
    return { text: t.text, span, x, x2: x + w };
  }

  push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  line(): number {
    if (this.length > 0) this.push("\n");
    return this.length;
  }

  get text(): string {
    return this.parts.join("");
  }
}

/** Below this a cell's reading is unsure (attach.ts's LABEL_SURE for labels). */
const SURE = 90;

const isShort = (c: OcrCell) => !c.numeric && c.text !== "" && [...c.text].length <= 2;

/**
 * The cells of a row read unsurely as a character or two after its label, where the row prints
 * figures or three such cells: figures misread (a poor scan's zeros as 站, 用, 日), whose slots
 * stay values. A row of heads holds no figure and heads read surely.
 */
function misreadFigures(row: OcrCell[]): Set<OcrCell> {
  const first = row.findIndex((c) => !c.numeric && [...c.text].length > 2);
  if (first < 0) return new Set();
  const after = row.slice(first + 1);
  const unsure = after.filter((c) => isShort(c) && c.confidence < SURE);
  const figures = after.some((c) => c.numeric && c.text !== "");
  return figures || unsure.length >= 3 ? new Set(unsure) : new Set();
}

/**
 * A scan as rows, like a Word document with positions: each line of prose is a one-cell row;
 * each row of a ruled table is a tabular row of the cells that start in it (a cell merged over
 * several rows stands in its first row, as in Word), blank cells included, left to right.
 */
export function ocrDocument(scan: OcrContent): OcrDocument {
  const content = joinPages(JSON.parse(JSON.stringify(scan)) as OcrContent);
  const out = new Builder();
  content.pages.forEach((p, i) => {
    const page = i + 1;
    for (const b of p.blocks) {
      if (b.kind === "line") {
        const start = out.line();
        const cell = out.piece(b.line, page, out.lines);
        out.rows.push({ cells: [cell], span: [start, out.length], tabular: false, page });
        continue;
      }
      for (let r = 0; r < b.rows; r++) {
        const row = b.cells.filter((c) => c.row === r).sort((a, c) => a.col - c.col);
        if (!row.length) continue;
        const start = out.line();
        const misread = misreadFigures(row);
        const cells = row.map((c, j): SourceCell => {
          if (j > 0) out.push("\t");
          const cell = out.piece(c, page, out.marks);
          if (c.colspan > 1) cell.colspan = c.colspan;
          if (misread.has(c)) cell.misread = true;
          return cell;
        });
        out.rows.push({ cells, span: [start, out.length], tabular: true, page });
      }
    }
  });
  const pages = content.pages.map((p) => ({ width: p.width, height: p.height, skew: p.skew }));
  return {
    format: "pdf",
    text: out.text,
    rows: out.rows,
    messages: [],
    marks: out.marks,
    lines: out.lines,
    pages,
  };
}
