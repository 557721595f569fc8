import type { OcrBlock, OcrCell, OcrContent, OcrPage } from "../../model/scan.js";
import { PAGE_NUMBER } from "../pdf/furniture.js";
import { join, NUMBERED } from "../pdf/cells.js";

type Table = Extract<OcrBlock, { kind: "table" }>;

/** Header and footer band, as a share of the page height. */
const MARGIN = 0.08;

/** A page number alone in the top or bottom band: page furniture, not text of the report. */
function furniture(b: OcrBlock, page: OcrPage): boolean {
  if (b.kind !== "line") return false;
  const [, y, , h] = b.line.box;
  const edge = y + h < page.height * MARGIN || y > page.height * (1 - MARGIN);
  return edge && PAGE_NUMBER.test(b.line.text.replace(/\s+/g, " "));
}

function overlap(a: OcrCell, b: OcrCell): number {
  return Math.min(a.box[0] + a.box[2], b.box[0] + b.box[2]) - Math.max(a.box[0], b.box[0]);
}

/** The first row of a table continues the last row of the table before (labels only). */
function continuation(prev: Table, next: Table): OcrCell[] | null {
  const first = next.cells.filter((c) => c.row === 0);
  const filled = first.filter((c) => c.text);
  if (!filled.length || first.length < 2) return null;
  // A row's own label opens with its number (8.属于行政查询事项); values are never wrapped.
  if (filled.some((c) => c.numeric || NUMBERED.test(c.text))) return null;
  const lastRow = Math.max(...prev.cells.map((c) => c.row + c.rowspan - 1));
  const last = prev.cells.filter((c) => c.row + c.rowspan - 1 === lastRow);
  return filled.every((c) => last.some((l) => !l.numeric && overlap(l, c) > 0)) ? last : null;
}

function joinRows(prev: Table, next: Table, last: OcrCell[]): Table {
  for (const c of next.cells.filter((c) => c.row === 0 && c.text)) {
    const host = last.reduce((a, b) => (overlap(b, c) > overlap(a, c) ? b : a));
    host.text = join(host.text, c.text);
    host.confidence = Math.min(host.confidence, c.confidence);
  }
  const cells = next.cells.flatMap((c): OcrCell[] => {
    if (c.row > 0) return [{ ...c, row: c.row - 1 }];
    return c.rowspan > 1 ? [{ ...c, rowspan: c.rowspan - 1 }] : [];
  });
  return { ...next, rows: next.rows - 1, cells };
}

/**
 * Page furniture dropped, and a table row split by a page break joined back: the rest of its
 * label opens the next page's table in a row of its own, with no values.
 */
export function joinPages(content: OcrContent): OcrContent {
  const pages = content.pages.map((p) => ({
    ...p,
    blocks: p.blocks.filter((b) => !furniture(b, p)),
  }));
  for (let i = 1; i < pages.length; i++) {
    const prev = pages[i - 1]!.blocks.at(-1);
    const next = pages[i]!.blocks[0];
    if (prev?.kind !== "table" || next?.kind !== "table") continue;
    const last = continuation(prev, next);
    if (last) pages[i]!.blocks[0] = joinRows(prev, next, last);
  }
  return { pages };
}
