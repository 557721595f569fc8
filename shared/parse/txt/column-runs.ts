import type { SourceCell, SourceRow } from "../source.js";
import { T4_COLUMNS, T4_GROUPS } from "../../templates/table4.js";
import { labelKey } from "../../text/normalize.js";
import { cellAt, type TextLine } from "./text-lines.js";
import { BARE_VALUE } from "./bare-value.js";
import { isPageNumber } from "./furniture.js";
import { sectionOf } from "../meta/sections.js";

/** Table 四's 15 columns (结果维持…总计 under each of the three groups), in order. */
const COLUMNS = T4_GROUPS.flatMap(() => T4_COLUMNS.map((c) => c.label));
const GROUP_KEYS = T4_GROUPS.map((g) => labelKey(g.label)).concat(labelKey("行政诉讼"));
/** How many runs one set of columns may be spread over (a head printed apart from its value). */
const MAX_MERGED = 3;

/** A run of label lines and the run of values that follows it. */
interface Run {
  chars: string;
  labels: SourceCell[];
  values: SourceCell[];
  /** A group's name printed among its heads (after the first). */
  groupInside: boolean;
}

function counts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of s) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

/** A head misprinted the same way wherever it is printed: 结果维护 for 结果维持 (护 for 持). */
interface Misprint {
  printed: string;
  label: string;
  count: number;
}

/**
 * How `a` differs from `b` as characters: null when alike; a misprint when `a` prints one
 * character for another, at most once in each group of five columns (`columns`); else false.
 */
function charDiff(a: string, b: string, columns: number): Misprint | null | false {
  if (a.length !== b.length) return false;
  const m = counts(b);
  const extra: string[] = [];
  for (const c of a) {
    const n = m.get(c) ?? 0;
    if (n) m.set(c, n - 1);
    else extra.push(c);
  }
  if (!extra.length) return null;
  const missing = [...m].filter(([, n]) => n > 0);
  const [printed] = extra;
  const [label] = missing;
  if (!printed || !label || missing.length !== 1 || extra.some((c) => c !== printed)) return false;
  if (extra.length > Math.ceil(columns / T4_COLUMNS.length)) return false;
  return { printed, label: label[0], count: extra.length };
}

/** `a` without one of each character of `b`, or null when `a` lacks one. */
function without(a: string, b: string): string | null {
  const m = counts(b);
  let out = "";
  for (const c of a) {
    const n = m.get(c) ?? 0;
    if (n) m.set(c, n - 1);
    else out += c;
  }
  return [...m.values()].some((n) => n > 0) ? null : out;
}

/**
 * Whether the head characters of a run are those of the columns it is given (but for one
 * misprinted character, returned), once the group names printed among them (a vertical group
 * label: 行/政/复/议 a character a line) are taken out.
 */
function headsColumns(chars: string, columns: string[]): Misprint | null | false {
  const n = GROUP_KEYS.length;
  for (let set = 0; set < 1 << n; set++) {
    let rest: string | null = chars;
    for (let g = 0; g < n && rest !== null; g++)
      if (set & (1 << g)) rest = without(rest, GROUP_KEYS[g] as string);
    const d = rest === null ? false : charDiff(rest, columns.join(""), columns.length);
    if (d !== false) return d;
  }
  return false;
}

/** The head as printed: the misprinted character put back where only one head has its own. */
function printedHead(label: string, misprint: Misprint | null): string {
  return misprint ? label.replace(misprint.label, misprint.printed) : label;
}

function runsOf(text: string, lines: readonly TextLine[]): Run[] {
  const runs: Run[] = [];
  let run: Run = { chars: "", labels: [], values: [], groupInside: false };
  for (const line of lines) {
    const t = line.text.trim();
    if (!t || isPageNumber(t, false) || sectionOf(t) !== null) continue;
    const cell = cellAt(text, line.start, line.start + line.text.length);
    if (BARE_VALUE.test(t)) {
      run.values.push(cell);
      continue;
    }
    if (run.values.length) {
      runs.push(run);
      run = { chars: "", labels: [], values: [], groupInside: false };
    }
    const key = labelKey(t);
    // A group's name on a line of its own says nothing of the columns' order.
    if (GROUP_KEYS.includes(key)) {
      run.groupInside ||= run.labels.length > 0;
      continue;
    }
    run.chars += key;
    run.labels.push(cell);
  }
  if (run.values.length) runs.push(run);
  return runs;
}

/**
 * Table 四 as plain pdftotext prints it: poppler follows the page's text blocks, so the table
 * comes column by column (a head's lines, then the values under it, then the next heads), heads
 * of neighbouring columns interleaved line by line. The values of a run belong to as many
 * columns, in order, as follow the ones already placed, when the run's head characters are
 * exactly those columns' labels. A set of columns whose heads and values are spread over
 * several runs is placed only when its values are all alike (then their order cannot matter).
 * The first run that does not fit ends the reading: the columns after it stay unread.
 * Returns a header row of the placed columns and the row of their values.
 */
export function columnRunRows(text: string, lines: readonly TextLine[]): SourceRow[] {
  const placed: { label: string; labelAt: SourceCell; value: SourceCell }[] = [];
  let merged: Run[] = [];
  for (const run of runsOf(text, lines)) {
    merged.push(run);
    const values = merged.flatMap((r) => r.values);
    const from = placed.length;
    if (from + values.length > COLUMNS.length) break;
    const columns = COLUMNS.slice(from, from + values.length);
    const chars = merged.map((r) => r.chars).join("");
    const misprint = headsColumns(chars, columns.map(labelKey));
    if (misprint === false) {
      if (merged.length >= MAX_MERGED) break;
      continue;
    }
    // Heads of two groups with a group's name among them (未经复议直接起诉's and 复议后起诉's heads
    // interleaved): the values' order across the groups is not known.
    const groups = new Set(columns.map((_, i) => Math.floor((from + i) / T4_COLUMNS.length)));
    if (groups.size > 1 && merged.some((r) => r.groupInside)) break;
    const holders = columns.filter((c) => misprint && c.includes(misprint.label));
    const alike = values.every((v) => v.text === values[0]?.text);
    if (merged.length > 1 && !alike) break;
    const heads = merged.flatMap((r) => r.labels);
    const at = heads[0] ?? (values[0] as SourceCell);
    const last = heads[heads.length - 1] ?? at;
    const labelAt: SourceCell = { text: "", span: [at.span[0], last.span[1]] };
    values.forEach((value, i) => {
      const label = columns[i] as string;
      const one = misprint && holders.length === misprint.count;
      const head = one ? printedHead(label, misprint) : label;
      placed.push({ label: head, labelAt: { ...labelAt }, value });
    });
    merged = [];
  }
  // Fewer than one group's columns: too few to read as a header over its values. When every
  // head is printed, the table is there and its values unread (S10), never a table missing.
  if (placed.length < T4_COLUMNS.length) return allHeads(text, lines);
  const header = placed.map((p) => ({ text: p.label, span: p.labelAt.span }));
  const values = placed.map((p) => p.value);
  const span = (cells: SourceCell[]): [number, number] => [
    Math.min(...cells.map((c) => c.span[0])),
    Math.max(...cells.map((c) => c.span[1])),
  ];
  return [
    { cells: header, span: span(header), tabular: true },
    { cells: values, span: span(values), tabular: true },
  ];
}

/** The 15 heads (template wording) over the head lines, when their characters are all printed. */
function allHeads(text: string, lines: readonly TextLine[]): SourceRow[] {
  const heads = runsOf(text, lines).flatMap((r) => r.labels);
  const first = heads[0];
  const last = heads[heads.length - 1];
  const chars = heads.map((h) => labelKey(h.text)).join("");
  if (!first || !last || without(chars, COLUMNS.map(labelKey).join("")) === null) return [];
  const span: [number, number] = [first.span[0], last.span[1]];
  return [{ cells: COLUMNS.map((text) => ({ text, span })), span, tabular: true }];
}

/** A table cell's text fits one short line; a paragraph of prose is longer. */
const LABEL_MAX = 48;
/** The characters of table 四's heads: after the next section's heading, only these are its. */
const HEAD_CHARS = new Set([...COLUMNS, ...GROUP_KEYS].join(""));

/**
 * The lines of table 四 (indexes into `lines`): after its section heading, up to prose. Its last
 * blocks may come after the next section's heading, or after the page's other text (poppler
 * prints the blocks of a page in its own order): from there on, to the end of the page, only
 * values and lines of head characters are the table's.
 */
export function table4Lines(
  lines: readonly TextLine[],
  pageBreaks: readonly number[] = [],
): number[] | null {
  const from = lines.findIndex((l) => sectionOf(l.text.trim()) === 4);
  if (from < 0) return null;
  const pageStarts = new Set(pageBreaks.map((b) => b + 1));
  const out: number[] = [];
  let after = false;
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    if (after && pageStarts.has(line.start)) break;
    const t = line.text.trim();
    const section = sectionOf(t);
    // A head's line, or the last character of one misprinted (结果维 / 护).
    const head = [...labelKey(t)].every((c) => HEAD_CHARS.has(c)) || /^\p{Script=Han}$/u.test(t);
    const own = !t || BARE_VALUE.test(t) || head;
    if (section !== null && section !== 4) after = true;
    else if (!after && t.length > LABEL_MAX) break;
    else if (after && !own) {
      if (!pageBreaks.length) break;
      continue;
    }
    out.push(i);
  }
  return out;
}
