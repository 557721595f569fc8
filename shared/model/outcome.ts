import { readError, type ReadError } from "./errors.js";
import type { Report } from "./report.js";

/**
 * What one read of a file gives (mammoth's `{value, messages}`): the report, whose `messages`
 * say what the reader could not read, or the error that kept the file from being a report.
 */
export type ReadResult = { ok: true; report: Report } | { ok: false; error: ReadError };

/**
 * What became of one file of a batch, whoever read it (the workbench's import, `check`, `memo`):
 * read into a report (`T`: the report, or what stands for it), skipped (a document in a folder
 * that is no report), failed, or left unread by a cancel.
 */
export type FileOutcome<T = Report> =
  | { file: string; kind: "report"; value: T }
  | Unread
  | { file: string; kind: "cancelled" };

/** A file that gave no report, and why. */
export interface Unread {
  file: string;
  kind: "skipped" | "failed";
  error: ReadError;
}

const REPORT_EXT = /\.(txt|docx|doc|wps|pdf|html?|mht|mhtml)$/i;
/** The folder a browser saves a page's frames, scripts and images in (报告_files, 报告.files). */
const PAGE_RESOURCES = /[._]files$/i;

/** Whether a file's name (a path with / or \) can be a report's: its extension and folder. */
export function looksLikeReport(path: string): boolean {
  const parts = path.split(/[\\/]/);
  const base = parts.pop() ?? path;
  if (/\.html?$/i.test(base) && parts.some((d) => PAGE_RESOURCES.test(d))) return false;
  return REPORT_EXT.test(base);
}

/** Hidden files and Word's lock files (~$报告.docx) are never anyone's report. */
export function ignoredName(path: string): boolean {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.startsWith(".") || base.startsWith("~$");
}

/** What a file in a folder that is not a report reads as: another document, not a bad report. */
const NOT_A_REPORT = new Set(["NO_TABLES", "UNSUPPORTED_FORMAT", "NOT_TEXT", "HTML_NO_TEXT"]);

export const notReport = () => readError("UNSUPPORTED_FORMAT", "不是年度报告文件，已跳过");

/**
 * The one place a file is skipped rather than failed: found by walking a folder and no report
 * by its name (before reading) or by what reading found; and a scan whose recognition the
 * inspector stopped.
 */
export function outcomeOf<T>(
  file: string,
  fromFolder: boolean,
  read: { ok: true; value: T } | { ok: false; error: ReadError },
): FileOutcome<T> {
  if (read.ok) return { file, kind: "report", value: read.value };
  const { error } = read;
  const skipped = error.code === "OCR_CANCELLED" || (fromFolder && NOT_A_REPORT.has(error.code));
  return { file, kind: skipped ? "skipped" : "failed", error };
}

/** A file found in a folder whose name says it is no report: skipped without being read. */
export function passedOver(file: string, fromFolder: boolean): Unread | null {
  return fromFolder && !looksLikeReport(file)
    ? { file, kind: "skipped", error: notReport() }
    : null;
}
