import type { CellValue, Report, SectionNo } from "../model/report.js";
import { section, sectionBody } from "../rules/kit/sections.js";

export interface CellChange {
  cell: string;
  was: CellValue;
  now: CellValue;
}

// rules.md: amounts (万元) compare with a tolerance of 0.01; a file printing fewer decimals
// than another is no change.
const AMOUNT_TOLERANCE = 0.01;

function same(cell: string, a: CellValue, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number" && cell.endsWith(".amount"))
    return Math.abs(a - b) < AMOUNT_TOLERANCE;
  return a === b;
}

/** The cells whose values differ between two versions of a report (template cells, in ID order). */
export function diffCells(before: Report, after: Report): CellChange[] {
  const ids = [...new Set([...Object.keys(before.cells), ...Object.keys(after.cells)])].sort();
  return ids.flatMap((cell) => {
    const was = before.cells[cell]?.value ?? null;
    const now = after.cells[cell]?.value ?? null;
    return same(cell, was, now) ? [] : [{ cell, was, now }];
  });
}

const squash = (s: string) => s.replace(/\s+/g, "");

/** The sections whose text changed (spacing aside), by number. */
export function changedSections(before: Report, after: Report): SectionNo[] {
  const out: SectionNo[] = [];
  for (const no of [1, 2, 3, 4, 5, 6] as const) {
    const a = section(before, no);
    const b = section(after, no);
    const ta = a ? squash(sectionBody(before, a)) : "";
    const tb = b ? squash(sectionBody(after, b)) : "";
    if (ta !== tb) out.push(no);
  }
  return out;
}
