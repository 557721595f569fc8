import type { SourceCell } from "../source.js";
import { T3_COLUMNS, T3_ROW_PRINTED, T3_ROWS } from "../../templates/table3.js";
import { labelKey } from "../../text/normalize.js";
import { bestMatch, candidates } from "../tables/match.js";
import { sectionOf } from "../meta/sections.js";
import { cellAt, type TextLine } from "./text-lines.js";
import { BARE_VALUE } from "./bare-value.js";
import { isPageNumber } from "./furniture.js";
import { NUMBERED, pieces } from "./spaced.js";
import { continues, startsT3Label } from "./plain-wraps3.js";

/** A label as printed (its pieces joined) and the table 三 row key it names, if any. */
export interface PlainLabel {
  cell: SourceCell;
  /** A row key of either template (new, denied.secret, other, other.noFee …), or null. */
  row: string | null;
}

/**
 * A block of plain pdftotext: poppler prints a page's text block by block, an empty line after
 * each. A block of values is one column's cells of consecutive rows (one value: one cell); a
 * block of labels holds one or several labels, each wrapped over lines.
 */
export type PlainBlock =
  /** `underHead`: printed in one block of poppler's right under a column head (社会公益组织 / 36). */
  | { kind: "values"; cells: SourceCell[]; underHead?: boolean }
  | { kind: "labels"; labels: PlainLabel[] };

const ALL_ROWS = [...T3_ROWS["2019"], ...T3_ROWS["2021"].filter((r) => r.key.startsWith("other."))];
const ROW_CANDS = candidates(ALL_ROWS, (r) => r.label);
const GROUPS = ["本年度办理结果", "不予公开", "无法提供", "不予处理"];
/** A label's first part names its row when this long (characters of its key). */
const PREFIX = 6;
const HEADS = new Set(T3_COLUMNS.map((c) => labelKey(c.label)));
/** Whether the last lines of labels spell a column head (社会 / 公益 / 组织), nothing else. */
const endsInHead = (lines: readonly TextLine[]) => {
  let key = "";
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 4; i--) {
    const t = (lines[i] as TextLine).text.replace(/\s/g, "");
    // A head's own words only: never a numbered label (（七）总计, 3.其他).
    if (labelKey(t) !== t) return false;
    key = t + key;
    if (HEADS.has(key)) return true;
  }
  return false;
};

/**
 * The row a label names: only a numbered label (一、 （一） 1.) names one, never a group's name
 * (（三）不予公开) nor a column head; （六）其他处理 names the 2019 template's single row.
 */
export function t3RowOf(text: string): string | null {
  const key = labelKey(text);
  // Unnumbered, a label names its row only when it is that row's whole label (a page printing a
  // row's number apart or not at all: 属于三类内部事务信息).
  if (!NUMBERED.test(text.trim())) return key.length >= PREFIX ? WHOLE.get(key) || null : null;
  if (!key || GROUPS.some((g) => key.endsWith(g) && key.length <= g.length + 2)) return null;
  if (HEADS.has(key) && key !== "其他" && key !== "总计") return null;
  const hit = bestMatch(key, ROW_CANDS, 0.75)?.key;
  if (hit) return hit;
  // The first part of a label wrapped round its values (2.申请人逾期未按收费通知要求缴纳费 / 0 … /
  // 用、行政机关…): the one row whose label starts so.
  const starts = key.length >= PREFIX ? ROW_CANDS.filter((c) => c.key.startsWith(key)) : [];
  return starts.length === 1 ? (starts[0]?.item.key ?? null) : null;
}

/**
 * A label's cell as a row of the table reader: as printed, or, for the first part of a label
 * wrapped round its values, the template's label over the printed part (the rest is printed
 * after the values: nothing is misprinted).
 */
function labelCell(cell: SourceCell, row: string | null): SourceCell {
  if (!row || bestMatch(labelKey(cell.text), ROW_CANDS, 0.75)) return cell;
  return { text: T3_ROW_PRINTED[row] ?? cell.text, span: cell.span };
}

type RowOf = (label: string) => string | null;

const ROW_LABELS = [...new Set(ALL_ROWS.map((r) => labelKey(r.label)))];
const ROW_LABELS_BY_KEY = new Map(
  ALL_ROWS.map((r) => [
    r.key,
    { key: labelKey(r.label), printed: T3_ROW_PRINTED[r.key] ?? r.label },
  ]),
);
/** The rows by their whole label's key (a key two rows share names neither). */
const WHOLE = new Map<string, string>();
for (const r of ALL_ROWS) {
  const k = labelKey(r.label);
  const seen = WHOLE.get(k);
  if (seen === undefined) WHOLE.set(k, r.key);
  else if (seen !== r.key) WHOLE.set(k, "");
}
/** Whether a label's text ends in a table 三 row's whole label (its number aside). */
export const endsInRow = (text: string) => {
  const key = labelKey(text);
  return ROW_LABELS.some((r) => key.endsWith(r));
};

const ROW_KEYS = new Map(ALL_ROWS.map((r) => [r.key, labelKey(r.label)]));
/** Whether the pieces spell table 三's `row` label as the template prints it (its number aside). */
const spells = (cells: readonly SourceCell[], row: string) => {
  const key = labelKey(cells.map((c) => c.text).join(""));
  const own = ROW_KEYS.get(row);
  return !!own && key.endsWith(own) && t3RowOf(cells.map((c) => c.text).join("")) === row;
};

function labelsOf(text: string, lines: TextLine[], rowOf: RowOf): PlainLabel[] {
  const out: { cells: SourceCell[] }[] = [];
  const t3 = rowOf === t3RowOf;
  const add = (from: number, to: number) => {
    const cell = cellAt(text, from, to);
    const last = out[out.length - 1];
    // A piece that starts no numbered label continues a label above it (wrapped in its cell;
    // in table 三 the one it spells on: plain-wraps3.ts); table 二's labels are not numbered:
    // there, a piece naming a row is a label.
    const own = t3 ? NUMBERED.test(cell.text) : rowOf(cell.text) !== null;
    const whole = !t3 && last && rowOf(last.cells.map((c) => c.text).join("")) !== null;
    // A group's label and the rest of a row's beside it (（四）无法提供 确): the words apart.
    const two = t3 && own && /\s/.test(cell.text) && !startsT3Label(cell.text);
    const at = two
      ? null
      : !last || own || whole
        ? "new"
        : t3
          ? continues(out, cell.text)
          : out.length - 1;
    if (at === "new") {
      out.push({ cells: [cell] });
      return;
    }
    if (at !== null) (out[at] as { cells: SourceCell[] }).cells.push(cell);
    else
      for (const m of cell.text.matchAll(/\S+/g))
        add(from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length);
  };
  for (const line of lines)
    for (const p of pieces(line.text)) add(line.start + p.from, line.start + p.to);
  return out.map(({ cells }) => {
    // A neighbour's wrapped text may run into a label's lines (1.属于国家秘密 / 不予公 / 2.…, the
    // group's （三）不予公开 beside it): the longest run of its first lines naming a row is the label.
    for (let n = cells.length; n > 0; n--) {
      const row = rowOf(
        cells
          .slice(0, n)
          .map((c) => c.text)
          .join(""),
      );
      if (!row && n > 1) continue;
      // A group's wrapped word after a row's whole label (4.保护第三方合法权益 / 公开, of
      // （三）不予 / 公开 beside it) is the group's: the label ends where it spells its row.
      if (row && rowOf === t3RowOf) while (n > 1 && spells(cells.slice(0, n - 1), row)) n--;
      const own = cells.slice(0, n);
      const joined = own.map((c) => c.text).join("");
      const span: [number, number] = [own[0]?.span[0] ?? 0, own[n - 1]?.span[1] ?? 0];
      const cell: SourceCell = { text: joined, span };
      return { cell: rowOf === t3RowOf ? labelCell(cell, row) : cell, row };
    }
    return { cell: cells[0] as SourceCell, row: null };
  });
}

/** Table 三's values a row. */
const K = T3_COLUMNS.length;

/** Whether two lines (parts of lines) stand on one line of the text. */
const sameLine = (text: string, a: TextLine, b: TextLine) =>
  !text.slice(a.start + a.text.length, b.start).includes("\n");

/**
 * The blocks of the given lines (a table's, in print order), page numbers left out; `rowOf`
 * says which row a label names (table 三's by default).
 */
export function plainBlocks(
  text: string,
  lines: readonly TextLine[],
  rowOf: RowOf = t3RowOf,
): PlainBlock[] {
  const out: PlainBlock[] = [];
  let run: TextLine[] = [];
  let values = false;
  // Whether the labels just before, in the same block of poppler's (no empty line), end in a head.
  let head = false;
  const flush = () => {
    if (!run.length) return;
    if (values) {
      const cells = run.map((l) => cellAt(text, l.start, l.start + l.text.length));
      // Two of its values on one printed line (`535 6`) in a run of whole rows' worth: cells side
      // by side, the run a row's cells left to right (a page printed by a browser), each a block.
      const across =
        cells.length % K === 0 &&
        run.some((l, i) => i > 0 && sameLine(text, run[i - 1] as TextLine, l));
      if (across) for (const c of cells) out.push({ kind: "values", cells: [c] });
      else out.push({ kind: "values", cells, ...(head ? { underHead: true } : {}) });
      head = false;
    } else {
      out.push({ kind: "labels", labels: labelsOf(text, run, rowOf) });
      head = endsInHead(run);
    }
    run = [];
  };
  for (const line of lines) {
    const t = line.text.trim();
    if (!t || isPageNumber(t, false)) {
      flush();
      head = false;
      continue;
    }
    const v = BARE_VALUE.test(t);
    if (v !== values) flush();
    values = v;
    run.push(line);
  }
  flush();
  return rowOf === t3RowOf ? wrappedApart(out, lines) : out;
}

/**
 * Row labels whose text is the start of their row's label, the rest printed elsewhere in the
 * table (a label wrapped round its values: 5.要求行政机关确认或重新出具已获取 / 0 … / 信息): the
 * template's label over the printed part, nothing being misprinted.
 */
function wrappedApart(blocks: PlainBlock[], lines: readonly TextLine[]): PlainBlock[] {
  const keys = lines.map((l) => labelKey(l.text));
  for (const b of blocks)
    if (b.kind === "labels")
      b.labels = b.labels.map((l) => {
        const whole = l.row ? ROW_LABELS_BY_KEY.get(l.row) : undefined;
        const key = labelKey(l.cell.text);
        const own = whole ? whole.key : "";
        const at = own.length - 1;
        let from = at;
        while (from > 0 && !key.endsWith(own.slice(0, from))) from--;
        const rest = own.slice(from);
        // The group's first characters and stray numbers before the whole label (（四）无 1.2.本…:
        // the group's cell beside it, its name wrapped) are the group's.
        const head = key.endsWith(own) ? key.slice(0, -own.length).replace(/\d/g, "") : null;
        if (whole && head && GROUPS.some((g) => g.startsWith(head)))
          return { ...l, cell: { text: whole.printed, span: l.cell.span } };
        if (!whole || from < PREFIX || !rest || key.endsWith(own)) return l;
        if (!keys.some((k) => k.startsWith(rest) && !key.includes(k))) return l;
        return { ...l, cell: { text: whole.printed, span: l.cell.span } };
      });
  return blocks;
}

/**
 * The lines of table 二 or 三 (indexes into `lines`): after its section heading, up to a later
 * section's heading (三、… or 四、政府信息公开行政复议…). Null without both headings.
 */
export function sectionLines(lines: readonly TextLine[], section: 2 | 3): number[] | null {
  const from = lines.findIndex((l) => sectionOf(l.text.trim()) === section);
  if (from < 0) return null;
  const out: number[] = [];
  for (let i = from + 1; i < lines.length; i++) {
    const s = sectionOf((lines[i] as TextLine).text.trim());
    if (s !== null && s > section) return out;
    out.push(i);
  }
  return null;
}
