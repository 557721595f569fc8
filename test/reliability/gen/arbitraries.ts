import fc from "fast-check";
import type { SourceCell, SourceDocument, SourceRow } from "../../../shared/parse/source.js";
import type { DocxBlock } from "../../../shared/parse/docx/content.js";
import type { PdfContent } from "../../../shared/parse/pdf/content.js";

/** Cell texts: printed labels and values of the samples, numbers of every shape, odd strings. */
export function cellText(tokens: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...tokens) },
    { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100_000 }).map(String) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String) },
    { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "",
        "/",
        "—",
        "无",
        "０",
        "１２",
        "+3",
        "-0",
        "1,234",
        "5件",
        "3.5万元",
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: "binary" }) },
  );
}

export interface DraftCell {
  text: string;
  x?: number | undefined;
  w?: number;
  colspan?: number | undefined;
}
export interface DraftRow {
  cells: DraftCell[];
  tabular: boolean;
  page?: number | undefined;
}

/** A document from rows of cell texts: the text is the cells joined by tabs and newlines. */
export function buildDocument(rows: DraftRow[], format: SourceDocument["format"]): SourceDocument {
  let text = "";
  const out: SourceRow[] = rows.map((r) => {
    if (text) text += "\n";
    const start = text.length;
    const cells: SourceCell[] = r.cells.map((c, i) => {
      if (i) text += "\t";
      const from = text.length;
      const t = c.text.replace(/[\t\n]/g, " ").trim();
      text += t;
      return {
        text: t,
        span: [from, text.length],
        ...(c.x === undefined ? {} : { x: c.x, x2: c.x + (c.w ?? 20) }),
        ...(c.colspan === undefined ? {} : { colspan: c.colspan }),
      };
    });
    return {
      cells,
      span: [start, text.length],
      tabular: r.tabular,
      ...(r.page ? { page: r.page } : {}),
    };
  });
  return { format, text, rows: out, messages: [] };
}

const FORMAT = fc.constantFrom("txt" as const, "docx" as const, "pdf" as const);

function draftCell(tokens: readonly string[]): fc.Arbitrary<DraftCell> {
  return fc.record({
    text: cellText(tokens),
    x: fc.option(fc.double({ min: -50, max: 900, noNaN: true }), { nil: undefined }),
    w: fc.double({ min: 0, max: 400, noNaN: true }),
    colspan: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  });
}

/** Rows as a front end gives them, made up from the samples' tokens. */
export function sourceDocument(tokens: readonly string[]): fc.Arbitrary<SourceDocument> {
  const row = fc.record({
    cells: fc.array(draftCell(tokens), { minLength: 1, maxLength: 12 }),
    tabular: fc.boolean(),
    page: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  });
  return fc
    .tuple(fc.array(row, { maxLength: 150 }), FORMAT)
    .map(([rows, format]) => buildDocument(rows, format));
}

/** A sample's own rows with random edits: cells rewritten, rows dropped, duplicated or moved. */
export function editedDocument(
  samples: readonly DraftRow[][],
  tokens: readonly string[],
): fc.Arbitrary<SourceDocument> {
  const edit = fc.record({
    op: fc.constantFrom("cell", "cell", "cell", "drop", "dup", "move", "split", "flip"),
    row: fc.nat(),
    cell: fc.nat(),
    to: fc.nat(),
    draft: draftCell(tokens),
  });
  return fc
    .tuple(fc.nat({ max: samples.length - 1 }), fc.array(edit, { maxLength: 30 }), FORMAT)
    .map(([k, edits, format]) => {
      const rows = (samples[k] ?? []).map((r) => ({ ...r, cells: [...r.cells] }));
      for (const e of edits) {
        if (!rows.length) break;
        const i = e.row % rows.length;
        const r = rows[i] as DraftRow;
        const c = e.cell % r.cells.length;
        if (e.op === "cell") r.cells[c] = e.draft;
        else if (e.op === "drop") rows.splice(i, 1);
        else if (e.op === "dup") rows.splice(i, 0, { ...r, cells: [...r.cells] });
        else if (e.op === "move") rows.splice(e.to % rows.length, 0, ...rows.splice(i, 1));
        else if (e.op === "split") r.cells.splice(c, 1, e.draft, { text: r.cells[c]?.text ?? "" });
        else r.tabular = !r.tabular;
      }
      return buildDocument(rows, format);
    });
}

/** Word content as mammoth gives it: paragraphs and tables with merged cells. */
export function docxBlocks(tokens: readonly string[]): fc.Arbitrary<DocxBlock[]> {
  const cell = fc.record({
    text: fc.array(cellText(tokens), { minLength: 1, maxLength: 2 }).map((t) => t.join("\n")),
    colspan: fc.integer({ min: 1, max: 12 }),
    rowspan: fc.integer({ min: 1, max: 25 }),
  });
  const block: fc.Arbitrary<DocxBlock> = fc.oneof(
    cellText(tokens).map((text) => ({ kind: "p" as const, text })),
    fc
      .array(fc.array(cell, { maxLength: 10 }), { maxLength: 30 })
      .map((rows) => ({ kind: "table" as const, rows })),
  );
  return fc.array(block, { maxLength: 40 });
}

/** pdf.js text runs with positions anywhere on (and off) the page. */
export function pdfContent(tokens: readonly string[]): fc.Arbitrary<PdfContent> {
  const item = fc.record({
    str: cellText(tokens),
    x: fc.double({ min: -100, max: 700, noNaN: true }),
    y: fc.double({ min: -100, max: 900, noNaN: true }),
    w: fc.double({ min: -5, max: 500, noNaN: true }),
    h: fc.double({ min: 0, max: 40, noNaN: true }),
  });
  const page = fc.record({
    width: fc.constantFrom(595.3, 841.9, 0),
    height: fc.constantFrom(841.9, 595.3, 0),
    items: fc.array(item, { maxLength: 200 }),
  });
  return fc.record({ pages: fc.array(page, { maxLength: 4 }) });
}

/** A sample PDF's runs with random edits: text rewritten, runs moved, dropped, duplicated. */
export function editedPdf(
  samples: readonly PdfContent[],
  tokens: readonly string[],
): fc.Arbitrary<PdfContent> {
  const edit = fc.record({
    op: fc.constantFrom("str", "str", "shift", "drop", "dup", "page"),
    page: fc.nat(),
    item: fc.nat(),
    str: cellText(tokens),
    dx: fc.double({ min: -200, max: 200, noNaN: true }),
    dy: fc.double({ min: -30, max: 30, noNaN: true }),
  });
  return fc
    .tuple(fc.nat({ max: samples.length - 1 }), fc.array(edit, { maxLength: 60 }))
    .map(([k, edits]) => {
      const pages = (samples[k]?.pages ?? []).map((p) => ({
        ...p,
        items: p.items.map((i) => ({ ...i })),
      }));
      for (const e of edits) {
        const p = pages[e.page % pages.length];
        if (!p?.items.length) continue;
        const i = e.item % p.items.length;
        const it = p.items[i] as PdfContent["pages"][number]["items"][number];
        if (e.op === "str") it.str = e.str;
        else if (e.op === "shift") Object.assign(it, { x: it.x + e.dx, y: it.y + e.dy });
        else if (e.op === "drop") p.items.splice(i, 1);
        else if (e.op === "dup") p.items.splice(i, 0, { ...it, x: it.x + e.dx });
        else pages[(e.page + 1) % pages.length]?.items.push(...p.items.splice(i, 1));
      }
      return { pages };
    });
}
