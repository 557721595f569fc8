import type { SourceCell, SourceRow } from "../source.js";
import { cellAt, type TextLine } from "./text-lines.js";
import { isValueText } from "../keys.js";
import { sectionOf } from "../meta/sections.js";
import { tabRow } from "./marked.js";

/**
 * A web page's innerText whose table cells hold paragraphs or blocks (a portal's article pasted
 * from Word): each paragraph a line (with an empty line around it, for <p>), a line of tabs
 * between a row's cells (one tab for each cell passed, so `\t\t` has a blank cell between), and
 * two empty lines or more after each row (HTML's innerText: a paragraph asks for two line
 * breaks, a block for one, a cell ends with a tab, a row with one line break).
 */
const TABS = /^\t+\r?$/;
/** How many tab lines make a text such a copy (the standard tables have hundreds of cells). */
const MIN_TAB_LINES = 8;
/** The longest paragraph taken for a part of a cell's label or head broken over paragraphs. */
const PART = 24;

const bare = (s: string) => (s.endsWith("\r") ? s.slice(0, -1) : s);
const isEmpty = (l: TextLine) => bare(l.text) === "";

/**
 * Whether the text prints its table cells apart, with lines of tabs between them. A text
 * printing one cell a line, each led by a tab, has lines of a tab alone too (its blank cells),
 * but the cell after one is led by a tab too, or is one more such line right below; in a
 * page's innerText neither is (the tab ends the cell before, blank cells side by side share
 * one line, and blank paragraphs are apart by an empty line).
 */
export function isTabLineCopy(lines: readonly TextLine[]): boolean {
  let tabs = 0;
  let led = 0;
  let after = false;
  let previous: TextLine | undefined;
  for (const l of lines) {
    if (TABS.test(l.text)) {
      tabs++;
      if (previous && TABS.test(previous.text)) led++;
      after = true;
    } else if (!isEmpty(l)) {
      if (after && l.text.startsWith("\t")) led++;
      after = false;
    }
    previous = l;
  }
  return tabs >= MIN_TAB_LINES && led * 2 < tabs;
}

/** Where each run of lines starts and ends (exclusive), apart from the next by two empty lines or more. */
function runs(lines: readonly TextLine[]): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  let end = -1;
  let empty = 0;
  lines.forEach((l, i) => {
    if (isEmpty(l)) {
      empty++;
      return;
    }
    if (empty >= 2 && start >= 0) {
      out.push([start, end]);
      start = -1;
    }
    empty = 0;
    if (start < 0) start = i;
    end = i + 1;
  });
  if (start >= 0) out.push([start, end]);
  return out;
}

const lineEnd = (l: TextLine) => l.start + bare(l.text).length;

/** A cell of one or more paragraphs (lines), its text joined by a space as a page shows it. */
function cellOf(text: string, parts: readonly TextLine[], at: number): SourceCell {
  const first = parts[0];
  if (!first) return { text: "", span: [at, at] };
  if (parts.length === 1) return cellAt(text, first.start, lineEnd(first));
  const pieces = parts.map((p) => bare(p.text).trim()).filter((t) => t !== "");
  const last = parts[parts.length - 1] as TextLine;
  const c = cellAt(text, first.start, lineEnd(last));
  return { text: pieces.join(" "), span: c.span };
}

/** A line between the table rows: prose, or a row of a table whose cells hold no paragraphs. */
function proseRow(text: string, l: TextLine): SourceRow {
  if (l.text.includes("\t")) return tabRow(text, { text: bare(l.text), start: l.start });
  const cell = cellAt(text, l.start, lineEnd(l));
  return { cells: [cell], span: cell.span, tabular: false };
}

const trimmed = (l: TextLine) => bare(l.text).trim();
/** A paragraph too long to be a table cell's (the template's longest label has 34 characters). */
const LONG = 40;

/**
 * How many of the paragraphs met before a row's first tab line are its first cell's: the last
 * always; those before it while they can be parts of a label (short, no section heading). The
 * table's first row follows the paragraph before the table after one empty line only.
 */
function firstCellFrom(pending: readonly TextLine[]): number {
  let from = pending.length - 1;
  while (from > 0) {
    const t = trimmed(pending[from - 1] as TextLine);
    if (t.length > PART || sectionOf(t) !== null) break;
    from--;
  }
  return Math.max(from, 0);
}

/**
 * Whether a paragraph after a tab line is the current cell's: the first, unless it is a section
 * heading or prose; a further one while the cell is no figure and it can be part of a label.
 * The table's last row is followed by the page's next paragraph after one empty line only.
 */
function takes(cell: readonly TextLine[], l: TextLine): boolean {
  const t = trimmed(l);
  if (sectionOf(t) !== null) return false;
  if (!cell.length) return t.length <= LONG;
  const joined = cell.map(trimmed).join("");
  return t.length <= PART && !isValueText(joined);
}

/**
 * The rows of one run: table rows from the paragraphs around its tab lines, the paragraphs
 * before a table's first row and after its last as prose. A run without tab lines is prose.
 */
function runRows(text: string, run: readonly TextLine[]): SourceRow[] {
  const rows: SourceRow[] = [];
  let pending: TextLine[] = [];
  let cells: TextLine[][] | null = null;
  let ats: number[] = [];
  let start = 0;
  let end = 0;
  const close = () => {
    if (!cells) return;
    const row = cells.map((parts, k) => cellOf(text, parts, ats[k] as number));
    rows.push({ cells: row, span: [start, end], tabular: true });
    cells = null;
  };
  for (const l of run) {
    if (TABS.test(l.text)) {
      if (!cells) {
        const from = firstCellFrom(pending);
        for (const p of pending.slice(0, from)) rows.push(proseRow(text, p));
        const first = pending.slice(from);
        start = (first[0] ?? l).start;
        cells = [first];
        ats = [start];
        pending = [];
      }
      for (let k = 0; k < bare(l.text).length; k++) {
        cells.push([]);
        ats.push(l.start + k + 1);
      }
      end = l.start + bare(l.text).length;
      continue;
    }
    const cell: TextLine[] | undefined = cells?.[cells.length - 1];
    if (cell && takes(cell, l)) {
      cell.push(l);
      end = lineEnd(l);
      continue;
    }
    close();
    pending.push(l);
  }
  close();
  for (const p of pending) rows.push(proseRow(text, p));
  return rows;
}

/**
 * Whether a run mixes cells holding paragraphs with cells holding none in one row: a line of
 * text ending in a tab before an empty line, or starting with one after an empty line (the
 * cell beside it is a paragraph apart). Its rows' line breaks then part rows or a cell's
 * paragraphs alike.
 */
function mixed(lines: readonly TextLine[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = bare((lines[i] as TextLine).text);
    if (TABS.test(t) || !t.includes("\t")) continue;
    if (t.endsWith("\t") && isEmpty(lines[i + 1] ?? { text: "", start: 0 })) return true;
    if (t.startsWith("\t") && i > 0 && isEmpty(lines[i - 1] as TextLine)) return true;
  }
  return false;
}

/** The rows of a text that is such a copy; a run that mixes cells is read line by line, its figures unread. */
export function tabLineRows(text: string, lines: readonly TextLine[]): SourceRow[] {
  const rows: SourceRow[] = [];
  for (const [from, to] of runs(lines)) {
    // The run's lines without the single empty lines between them.
    const run = lines.slice(from, to).filter((l) => !isEmpty(l));
    if (!mixed(lines, from, to)) {
      rows.push(...runRows(text, run));
      continue;
    }
    // Each line a row of its own, its figures unread: no cell's text is joined across lines.
    for (const l of run) {
      const r = proseRow(text, l);
      for (const c of r.cells) if (c.text === "" || isValueText(c.text)) c.unsure = true;
      rows.push(r.tabular ? r : { ...r, tabular: isValueText(r.cells[0]?.text ?? "") });
    }
  }
  return rows;
}
