import { z } from "zod";
import {
  CellSchema,
  CellValueSchema,
  ReportShape,
  emptyReport,
  type Cell,
  type CellValue,
  type Format,
  type Report,
} from "../../../shared/model/report.js";
import { readerText } from "../../../shared/messages/reader.js";
import { mapRecord, rec } from "./fields.js";

export function cellValue(x: unknown): CellValue {
  const v = CellValueSchema.safeParse(x);
  return v.success ? v.data : null;
}

type Shape = z.ZodObject<z.ZodRawShape>;

/**
 * A saved object read against its schema, field by field: a field that conforms is kept as
 * saved, one that does not takes its default, a list keeps the entries that conform, and fields
 * this version does not know are kept (the reader's output grows without an audit version).
 */
function conform<T>(schema: Shape, x: unknown, defaults: T): T {
  const saved = rec(x);
  const out: Record<string, unknown> = { ...saved };
  const fallback = defaults as Record<string, unknown>;
  for (const [key, field] of Object.entries(schema.shape)) {
    const value = saved[key];
    if (z.safeParse(field, value).success) continue;
    if (field instanceof z.ZodArray && Array.isArray(value))
      out[key] = value.filter((item) => z.safeParse(field.element, item).success);
    else if (fallback[key] === undefined) delete out[key];
    else out[key] = fallback[key];
  }
  return out as T;
}

const BLANK_CELL: Cell = { value: null, text: "", span: [0, 0] };
// Cells and the tables found are read one by one, below.
const WITHOUT_CELLS = ReportShape.omit({ cells: true, tables: true });

/** Before one `place`, a cell kept its page box in `at` (text layer) or `ocr` (a scan). */
function placed(x: unknown): unknown {
  const { at, ocr, ...cell } = rec(x);
  const place = cell.place ?? ocr ?? at;
  return place === undefined ? cell : { ...cell, place };
}

/**
 * Before reader messages were code + params, each was saved as its sentence (`message`): a
 * sentence this version still says for its code alone keeps that code, any other is kept as the
 * text of a READER_NOTE (its old code with it), so nothing the reader said is lost.
 */
function readerMessage(x: unknown): unknown {
  const { message, ...m } = rec(x);
  if (typeof message !== "string" || m.params !== undefined || typeof m.code !== "string") return x;
  const code = m.code;
  if (readerText({ code, params: {} }) === message) return { ...m, params: {} };
  return { ...m, code: "READER_NOTE", params: { text: message, was: code } };
}

/** The report of a saved row, through its schema; what is missing or malformed takes a default. */
export function restoreReport(x: unknown, format: Format): Report {
  const saved = rec(x);
  const r: Record<string, unknown> = { ...saved, cells: mapRecord(saved.cells, placed) };
  if (Array.isArray(saved.messages)) r.messages = saved.messages.map(readerMessage);
  // What this version saved conforms as a whole: only older or damaged files go field by field.
  if (ReportShape.safeParse(r).success) return r as Report;
  const empty = emptyReport(format);
  const cells = mapRecord(r.cells, (c) => conform(CellSchema, c, BLANK_CELL));
  const tables = conform(ReportShape.shape.tables, r.tables, empty.tables);
  return { ...conform(WITHOUT_CELLS, r, empty), cells, tables };
}
