import { isValueText } from "../../text/number.js";
import type { Line } from "./lines.js";

export type Block = { kind: "table"; lines: Line[] } | { kind: "prose"; line: Line };

/** Lines of one table sit closer than this (baseline to next line's top, in font sizes). */
const TABLE_GAP = 2.5;
/** A single run at least this share of the prose width is a line of prose, never a cell. */
const WIDE = 0.6;

interface Run {
  lines: Line[];
  h: number;
}

function isTabular(l: Line): boolean {
  return l.frags.length >= 2;
}

function isTable(run: Run): boolean {
  const tabular = run.lines.filter(isTabular);
  return (
    tabular.length >= 2 ||
    tabular.some((l) => l.frags.some((f) => f.text.trim() !== "" && isValueText(f.text)))
  );
}

/**
 * Splits a page's lines into tables and prose. A table is a run of lines in one font size,
 * close together, none of them a full-width line, with at least two lines of several cells
 * (or one with a number); the single-cell lines inside and around it (wrapped labels, block
 * headers such as 第二十条第（一）项, blank rows' labels) belong to it.
 */
export function pageBlocks(lines: Line[], proseWidth: number): Block[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  for (const l of lines) {
    const wide = !isTabular(l) && l.x2 - l.x >= proseWidth * WIDE;
    const prev = run?.lines[run.lines.length - 1];
    const fits =
      run &&
      prev &&
      Math.abs(l.h - run.h) <= run.h * 0.2 &&
      l.y - l.h - prev.y <= run.h * TABLE_GAP;
    if (!wide && run && fits) {
      run.lines.push(l);
      continue;
    }
    run = { lines: [l], h: l.h };
    runs.push(run);
    if (wide) run = undefined;
  }
  return runs.flatMap((r): Block[] =>
    isTable(r)
      ? [{ kind: "table", lines: r.lines }]
      : r.lines.map((line) => ({ kind: "prose", line })),
  );
}

/**
 * Whether a page's text shows a table (lines of several cells, or of one with a number): the
 * pages whose drawing is worth reading for rules. A page of prose alone has none.
 */
export function showsTable(lines: Line[], pageWidth: number): boolean {
  let width = pageWidth * 0.6;
  for (const l of lines) if (l.frags.length === 1) width = Math.max(width, l.x2 - l.x);
  return pageBlocks(lines, width).some((b) => b.kind === "table");
}
