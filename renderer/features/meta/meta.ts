import type { AuditReport } from "../../../shared/model/audit.js";
import { LEVELS, type Level } from "../../../shared/model/report.js";

export interface MetaDraft {
  agency: string;
  level: Level;
  year: string;
}

export const FORMAT_NAMES = {
  txt: "纯文本 .txt",
  docx: "Word .docx",
  pdf: "PDF .pdf",
  html: "网页 .html",
  mhtml: "网页存档 .mhtml",
  doc: "Word 97-2003 .doc",
  wps: "WPS 文字 .wps",
} as const;

export function draftOf(r: AuditReport): MetaDraft {
  return {
    agency: r.meta.agency ?? r.report.agency,
    level: r.meta.level ?? r.report.level,
    year: String(r.meta.year ?? r.report.year ?? ""),
  };
}

export type MetaChange = { agency?: string; level?: Level; year?: number };

/** What the form changes, or an error message in Chinese; only fields that differ are sent. */
export function metaChange(
  r: AuditReport,
  d: MetaDraft,
): { change: MetaChange } | { error: string } {
  const now = draftOf(r);
  const change: MetaChange = {};
  const agency = d.agency.trim();
  if (agency !== now.agency) change.agency = agency;
  if (d.level !== now.level) {
    if (!(LEVELS as readonly string[]).includes(d.level)) return { error: "请选择机关层级" };
    change.level = d.level;
  }
  if (d.year.trim() !== now.year) {
    const y = Number(d.year.trim());
    if (!Number.isInteger(y) || y < 1990 || y > 2100)
      return { error: "报告年度应为 1990 至 2100 之间的年份" };
    change.year = y;
  }
  return { change };
}
