import { T3_ROWS } from "../../templates/table3.js";
import { labelKey } from "../../text/normalize.js";

/** Table 三's row labels (both templates), as keys: a label put together is one of them whole. */
const ROW_KEYS = new Set(
  Object.values(T3_ROWS).flatMap((rows) => rows.map((r) => labelKey(r.label))),
);

/** Whether the text is a row label of table 三 whole (its numbering aside). */
export const namesT3Row = (text: string) => ROW_KEYS.has(labelKey(text));

interface Piece {
  text: string;
  rank: number;
  line: number;
}

/** The label cells of text with no columns (label-cells.ts), as far as this pass reads them. */
interface WrapCell {
  frags: Piece[];
  row: number | null;
  lead: boolean;
  numbered: boolean;
}

const names = (pieces: readonly Piece[]) => namesT3Row(pieces.map((p) => p.text).join(""));
const first = (c: WrapCell) => c.frags[0] as Piece;
const last = (c: WrapCell) => c.frags[c.frags.length - 1] as Piece;

/**
 * The pieces that continue `lead`'s lines after `rank`, line after line: its own pieces there,
 * then cells started on the very next lines that name no row and lead none (a wrapped label's
 * rest, too wide to continue the group's narrow cell).
 */
function linesAfter(lead: WrapCell, rank: number, cells: readonly WrapCell[]): Piece[] {
  const out = lead.frags.filter((p) => p.rank > rank);
  let end = out.length ? (out[out.length - 1] as Piece).rank : rank;
  for (const c of cells) {
    if (c === lead || c.numbered || c.lead || c.row !== null || first(c).rank !== end + 1) continue;
    out.push(...c.frags);
    end = last(c).rank;
  }
  return out;
}

/**
 * Wrapped labels of table 三 in text with no columns (pdftotext -raw): a line holding a group's
 * cell and a numbered row label with its numbers (（四）无 1.本机关不掌握相关政府信 0 1 …) prints both
 * cells' next lines after it, the group's first (法提供 / 息). Which lines are the row's the order
 * cannot tell: the last ones that make the row's label a template row's whole. Otherwise the
 * lines stay the group's (the row then reads as printed: S06 or S10).
 */
export function rejoinWraps<C extends WrapCell>(cells: C[]): C[] {
  let out = cells;
  for (const row of cells) {
    if (!row.numbered || row.row === null || row.frags.length !== 1 || names(row.frags)) continue;
    const at = first(row);
    const lead = out.find((c) => c.lead && c.frags.some((p) => p.line === at.line));
    if (!lead) continue;
    const after = linesAfter(lead, at.rank, out);
    const k = after.findIndex((_, i) => names([at, ...after.slice(i)]));
    if (k < 0) continue;
    const moved = new Set(after.slice(k));
    for (const c of out) c.frags = c.frags.filter((p) => !moved.has(p));
    row.frags.push(...moved);
    out = out.filter((c) => c.frags.length);
  }
  return out;
}
