import type {
  Cell,
  CellValue,
  Format,
  OcrMark,
  PagePlace,
  Report,
  TemplateVersion,
} from "../../../shared/model/report.js";
import { LEVELS } from "../../../shared/model/report.js";
import { LayoutSchema } from "../../../shared/model/report-schema.js";
import { arr, mapRecord, numOrNull, oneOf, rec, str, strOrNull } from "./fields.js";

export const FORMATS: readonly Format[] = ["txt", "docx", "pdf", "html", "mhtml", "doc", "wps"];
const TEMPLATES: readonly TemplateVersion[] = ["2019", "2021"];

export function cellValue(x: unknown): CellValue {
  return typeof x === "number" || typeof x === "string" ? x : null;
}

function span(x: unknown): readonly [number, number] {
  const [a, b] = arr(x);
  return typeof a === "number" && typeof b === "number" ? [a, b] : [0, 0];
}

/** A saved place on a page (a .pdf's cell), when it has every field. */
function pagePlace(x: unknown): PagePlace | null {
  const o = rec(x);
  const box = arr(o.box);
  const page = numOrNull(o.page);
  if (page === null || box.length !== 4) return null;
  if (!box.every((b) => typeof b === "number" && Number.isFinite(b))) return null;
  return { page, box: box as unknown as PagePlace["box"] };
}

/** A saved cell's OCR mark (scanned reports), when it has every field. */
function ocrMark(x: unknown): OcrMark | null {
  const place = pagePlace(x);
  const confidence = numOrNull(rec(x).confidence);
  return place && confidence !== null ? { ...place, confidence } : null;
}

function restoreCell(c: Record<string, unknown>): Cell {
  const cell: Cell = { value: cellValue(c.value), text: str(c.text), span: span(c.span) };
  const ocr = ocrMark(c.ocr);
  if (ocr) cell.ocr = ocr;
  const at = pagePlace(c.at);
  if (at) cell.at = at;
  return cell;
}

/**
 * A saved Report with defaults for whatever is missing; nested lists are kept as saved, and so
 * are fields this version does not know (the reader's output grows without an audit version).
 */
export function restoreReport(x: unknown, format: Format): Report {
  const r = rec(x);
  const tables = rec(r.tables);
  const { layout: savedLayout, ...rest } = r;
  // Rendered as elements by the source pane: kept only when every block is well formed.
  const layout = LayoutSchema.safeParse(savedLayout);
  return {
    ...(layout.success ? { layout: layout.data } : {}),
    ...rest,
    format: oneOf(r.format, FORMATS, format),
    title: str(r.title),
    agency: str(r.agency),
    year: numOrNull(r.year),
    template: TEMPLATES.includes(r.template as TemplateVersion)
      ? (r.template as TemplateVersion)
      : null,
    level: oneOf(r.level, LEVELS, "other"),
    published: strOrNull(r.published),
    sections: arr(r.sections),
    text: str(r.text),
    cells: mapRecord(r.cells, restoreCell),
    tables: { 2: tables[2] === true, 3: tables[3] === true, 4: tables[4] === true },
    labels: arr(r.labels),
    shapes: arr(r.shapes),
    messages: arr(r.messages),
  };
}
