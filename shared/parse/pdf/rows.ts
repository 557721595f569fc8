import type { PagePlace, Span } from "../../model/report.js";
import type { SourceDocument } from "../source.js";
import type { PdfContent } from "./content.js";
import { pageLines, type Line } from "./lines.js";
import { dropFurniture } from "./furniture.js";
import { pageBlocks } from "./blocks.js";
import { tableCells, type BoxCell } from "./cells.js";
import { blankRow } from "./blank-rows.js";
import { tableRows as positionalRows } from "./grid.js";
import { joinPageBreaks, type Draft } from "./continuation.js";
import { Builder, round, type OutCell } from "./builder.js";
import { ruledTables, tableRows } from "./ruled.js";
import type { FilledTable } from "./fill.js";
import { continues, joinTableParts } from "./breaks.js";
import { hasRadicals, unifyRadicals } from "../../text/radicals.js";
import { isValueText } from "../../text/number.js";
import { sectionOf } from "../meta/sections.js";

/** Prose lines and tables read from text positions, in reading order. */
interface TextUnit {
  kind: "text";
  drafts: Draft[];
  /** A table found from the layout of its text (no rules drawn round it). */
  table: boolean;
  page: number;
  y: number;
}

interface RuledUnit {
  kind: "ruled";
  table: FilledTable;
  page: number;
  y: number;
}

type Unit = TextUnit | RuledUnit;

/**
 * The box a cell's text covers on its page: from its first line's top (a baseline less the
 * ascent, ~0.9 of the size) to its last line's descent.
 */
function place(c: BoxCell, page: number): PagePlace {
  const top = c.top - c.h * 0.9;
  return {
    page,
    box: [round(c.x), round(top), round(c.x2 - c.x), round(c.bottom + c.h * 0.25 - top)],
  };
}

function proseLine(l: Line): BoxCell {
  const text = l.frags.map((f) => f.text).join(" ");
  return { text, x: l.x, x2: l.x2, top: l.y, bottom: l.y, mid: l.y, h: l.h, value: false };
}

/**
 * Width of the body text: the widest single-run line in the document, and at least 60% of the
 * page (a document of tables alone has no prose to measure).
 */
function proseWidth(pages: Line[][], pageWidth: number): number {
  let w = pageWidth * 0.6;
  for (const lines of pages)
    for (const l of lines) if (l.frags.length === 1) w = Math.max(w, l.x2 - l.x);
  return w;
}

function textUnits(lines: Line[], width: number, page: number): TextUnit[] {
  return pageBlocks(lines, width).map((b): TextUnit => {
    if (b.kind === "prose")
      return {
        kind: "text",
        drafts: [{ cells: [proseLine(b.line)], tabular: false, page }],
        table: false,
        page,
        y: b.line.y - b.line.h,
      };
    const first = b.lines[0] as Line;
    const drafts = positionalRows(tableCells(b.lines)).map((cells) => ({
      cells,
      tabular: true,
      page,
    }));
    return { kind: "text", drafts, table: true, page, y: first.y - first.h };
  });
}

/** Chains of ruled tables: a table first on its page that goes on with the last of the page before. */
function chains(units: Unit[]): Map<RuledUnit, RuledUnit[]> {
  const out = new Map<RuledUnit, RuledUnit[]>();
  let chain: RuledUnit[] | undefined;
  units.forEach((u, i) => {
    if (u.kind !== "ruled") return;
    const prev = units[i - 1];
    const goesOn =
      chain &&
      prev?.kind === "ruled" &&
      chain.includes(prev) &&
      u.page === prev.page + 1 &&
      continues(prev.table, u.table);
    if (goesOn && chain) chain.push(u);
    else out.set(u, (chain = [u]));
  });
  return out;
}

/** Radicals a font names in place of ideographs (人⺠政府) read as the ideographs. */
function unifiedContent(content: PdfContent): PdfContent {
  if (!content.pages.some((p) => p.items.some((it) => hasRadicals(it.str)))) return content;
  const pages = content.pages.map((p) => ({
    ...p,
    items: p.items.map((it) => ({ ...it, str: unifyRadicals(it.str) })),
  }));
  return { ...content, pages };
}

/** How many lines above rows of numbers a label row with none may stand and still be theirs. */
const ABOVE_NUMBERS = 3;

/**
 * A .pdf as rows: every line of prose is a one-cell row. A table drawn with rules is read by
 * its rules (a row per grid row, a cell per merged cell, blank cells kept, a table broken by
 * pages joined); a table drawn without gives one row per line of cells read from its layout.
 */
export function pdfDocument(pdf: PdfContent): SourceDocument {
  const content = unifiedContent(pdf);
  const ruled = content.pages.map((p, i) => ruledTables(p, i + 1));
  const lines = dropFurniture(
    ruled.map((r, i) => ({ lines: pageLines(r.rest), height: content.pages[i]?.height ?? 0 })),
  );
  const width = proseWidth(lines, Math.max(0, ...content.pages.map((p) => p.width)));
  const units: Unit[] = lines.flatMap((l, i) => {
    const page = i + 1;
    const tables = (ruled[i]?.tables ?? []).map(
      (table): Unit => ({ kind: "ruled", table, page, y: table.lattice.box.y }),
    );
    return [...textUnits(l, width, page), ...tables].sort((a, b) => a.y - b.y);
  });
  const tables = chains(units);
  for (const parts of tables.values()) joinTableParts(parts.map((p) => p.table));
  const out = new Builder();
  const messages: SourceDocument["messages"] = [];
  let run: Draft[] = [];
  const flush = () => {
    const drafts = joinPageBreaks(run);
    const filled = drafts.map((d) => d.tabular && d.cells.some((c) => isValueText(c.text)));
    const aboveNumbers = (i: number) => filled.slice(i + 1, i + 1 + ABOVE_NUMBERS).includes(true);
    const values = new Map<number, BoxCell[]>();
    for (const d of drafts) {
      if (!d.tabular) continue;
      let on = values.get(d.page);
      if (!on) values.set(d.page, (on = []));
      for (const c of d.cells) if (c.value) on.push(c);
    }
    drafts.forEach((d, i) => {
      const cells = d.cells.map((c): OutCell => {
        const cell: OutCell = { text: c.text, x: c.x, x2: c.x2, at: place(c, d.page) };
        // Without rules a blank cell leaves no trace: a value's column is its position's to prove.
        if (d.tabular && isValueText(c.text)) cell.loose = true;
        return cell;
      });
      // A label with no number on its line right above a table's rows of numbers: its numbers
      // may stand on other lines (values centred between its wrapped lines), so its cells are
      // unread rather than blank.
      const end = cells[cells.length - 1];
      const heading = d.cells.length === 1 && sectionOf(d.cells[0]?.text ?? "") !== null;
      if (
        d.tabular &&
        !filled[i] &&
        !heading &&
        aboveNumbers(i) &&
        end &&
        !blankRow(drafts, filled, i, values.get(d.page) ?? [])
      )
        cells.push({ text: "", x: end.x2, x2: end.x2, loose: true });
      out.add(cells, d.tabular, d.page);
    });
    run = [];
  };
  let open: { parts: RuledUnit[]; spans: Span[] } | undefined;
  const close = () => {
    if (!open) return;
    const { parts, spans } = open;
    const first = parts[0] as RuledUnit;
    const cols = first.table.lattice.xs.length - 1;
    messages.push({
      code: "PDF_TABLE_RULED",
      params: {
        from: first.page,
        to: parts[parts.length - 1]?.page ?? first.page,
        rows: spans.length,
        columns: cols,
      },
      ...(spans.length ? { span: [spans[0]![0], spans[spans.length - 1]![1]] as Span } : {}),
    });
    open = undefined;
  };
  for (const u of units) {
    if (u.kind === "text") {
      if (u.table)
        messages.push({
          code: "PDF_TABLE_POSITIONS",
          params: { page: u.page, rows: u.drafts.length },
        });
      run.push(...u.drafts);
      continue;
    }
    flush();
    const chain = tables.get(u);
    if (chain) {
      close();
      open = { parts: chain, spans: [] };
    }
    for (const row of tableRows(u.table)) {
      const span = out.add(row, true, u.page, true);
      if (span) open?.spans.push(span);
    }
  }
  flush();
  close();
  return { format: "pdf", text: out.text, rows: out.rows, messages };
}
