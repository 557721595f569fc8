import { NUMBERED, type BoxCell } from "./cells.js";
import type { Draft } from "./continuation.js";

/** How far (in font sizes) a value's baseline may sit from a label's lines and be beside them. */
const BESIDE = 0.3;

/** A row's own label: its rightmost label cell, when it is numbered (一、 2.). */
function ownLabel(d: Draft | undefined): BoxCell | null {
  const labels = d?.cells.filter((c) => !c.value) ?? [];
  const own = labels[labels.length - 1];
  return own && NUMBERED.test(own.text.trim()) ? own : null;
}

/** The same, set on one line. */
function oneLine(d: Draft | undefined): BoxCell | null {
  const own = ownLabel(d);
  return own && own.top === own.bottom ? own : null;
}

/**
 * A numbered label on one line between two rows that each print numbers beside a numbered
 * label of one line: a row whose cells are all blank. Its numbers could stand on no other line
 * (cells of one line print their text on one height, however the row aligns them).
 */
function between(drafts: readonly Draft[], filled: readonly boolean[], i: number): boolean {
  if (!oneLine(drafts[i])) return false;
  return [i - 1, i + 1].every((j) => filled[j] && oneLine(drafts[j]) !== null);
}

/**
 * A numbered label with no value on any of its lines, and the next row's numbered label right
 * after it (on its page, or opening the next): a row whose cells are all blank. A row's values stand inside its box:
 * beside its label's first line (aligned top), its last (bottom) or between (centred); a value
 * between this label and the next row's, on no line of either, would be an unread row's.
 */
function nothingBeside(drafts: readonly Draft[], i: number, values: readonly BoxCell[]): boolean {
  const d = drafts[i] as Draft;
  const own = ownLabel(d);
  const next = drafts[i + 1];
  if (!own || !next || (next.tabular && !ownLabel(next))) return false;
  // At a page's foot, the next page must open a row of its own (no rest of this row's label).
  const turned = next.page !== d.page;
  if (turned && !(next.tabular && NUMBERED.test(next.cells[0]?.text.trim() ?? ""))) return false;
  const slack = own.h * BESIDE;
  const upTo = next.tabular && !turned ? Math.min(...next.cells.map((c) => c.top)) : Infinity;
  return !values.some((v) => v.top >= own.top - slack && v.top < upTo - slack);
}

/**
 * Whether a table's label row printing no number is a row of blank cells (otherwise its cells
 * are unread: its numbers may stand on other lines, values centred between wrapped lines).
 * `values` are the value cells on the row's page.
 */
export function blankRow(
  drafts: readonly Draft[],
  filled: readonly boolean[],
  i: number,
  values: readonly BoxCell[],
): boolean {
  return between(drafts, filled, i) || nothingBeside(drafts, i, values);
}
