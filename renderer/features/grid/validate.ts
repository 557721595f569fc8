import type { CellValue } from "../../../shared/model/report.js";
import { parseCellInput } from "./input.js";

/** What a cell of the template holds (cell-ids.md): a count, an amount in 万元, or 本年增/减. */
export type CellKind = "count" | "amount" | "change";

export function cellKind(id: string): CellKind {
  if (id.endsWith(".amount")) return "amount";
  if (id.endsWith(".change")) return "change";
  return "count";
}

/**
 * What a report may print instead of a number (rules.md C02): kept as printed text, so the edit
 * keeps its C02 finding rather than inventing a 0.
 */
const PRINTED_MARKS = /^(?:[/／]|[—–－-]{1,2}|无)$/;

const NEED: Record<CellKind, string> = {
  count: "应为不小于 0 的整数",
  amount: "应为数字（单位：万元）",
  change: "应为整数，可带 + 或 - 号",
};

export type Checked = { ok: true; value: CellValue } | { ok: false; message: string };

/** The inspector's input checked against the template: a value to record, or why not (Chinese). */
export function checkCellInput(id: string, raw: unknown): Checked {
  const value = parseCellInput(raw);
  if (value === null) return { ok: true, value };
  const kind = cellKind(id);
  const hint = `${NEED[kind]}；原文印作 /、— 或“无”的可照录`;
  if (typeof value === "string") {
    if (PRINTED_MARKS.test(value.trim())) return { ok: true, value: value.trim() };
    return { ok: false, message: `「${value.slice(0, 40)}」不是数值：${hint}` };
  }
  if (kind === "amount") return { ok: true, value };
  if (!Number.isInteger(value))
    return { ok: false, message: `「${String(raw)}」不是整数：${hint}` };
  if (kind === "count" && value < 0)
    return { ok: false, message: `「${String(raw)}」为负数：${hint}` };
  return { ok: true, value };
}
