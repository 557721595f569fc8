import { readdir, stat } from "node:fs/promises";
import { basename, join, relative } from "node:path";

const REPORT_EXT = /\.(txt|docx|doc|wps|pdf|html?|mht|mhtml)$/i;
/** The folder a browser saves a page's frames, scripts and images in (报告_files, 报告.files). */
const PAGE_RESOURCES = /[._]files$/i;

export interface InputFile {
  path: string;
  /** Found by walking a folder: a file there that is no report is skipped, not failed. */
  fromFolder: boolean;
}

/** Hidden files and Word's lock files (~$报告.docx) are never anyone's report. */
function ignored(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$");
}

export function looksLikeReport(path: string): boolean {
  const dirs = path.split(/[\\/]/).slice(0, -1);
  if (/\.html?$/i.test(path) && dirs.some((d) => PAGE_RESOURCES.test(d))) return false;
  return REPORT_EXT.test(basename(path));
}

/** Files as given; folders walked recursively to every file inside (sorted), hidden ones left out. */
export async function listInputs(inputs: string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const p of inputs) {
    const isDir = await stat(p).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) {
      out.push({ path: p, fromFolder: false });
      continue;
    }
    const entries = await readdir(p, { recursive: true, withFileTypes: true }).catch(() => null);
    // A folder that vanished or cannot be listed: the path itself, which reading then reports.
    if (!entries) {
      out.push({ path: p, fromFolder: false });
      continue;
    }
    const files = entries
      .filter((e) => e.isFile() && !ignored(e.name))
      .map((e) => join(e.parentPath, e.name))
      .filter((f) => !relative(p, f).split(/[\\/]/).some(ignored))
      .sort();
    out.push(...files.map((path) => ({ path, fromFolder: true })));
  }
  // A file named as well as found in a named folder is read once, as named.
  const named = new Set(out.filter((f) => !f.fromFolder).map((f) => f.path));
  return out.filter((f) => !f.fromFolder || !named.has(f.path));
}

/** Files as given, folders expanded recursively to the report files inside (.txt/.docx/.pdf …). */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const all = await listInputs(inputs);
  return all.filter((f) => !f.fromFolder || looksLikeReport(f.path)).map((f) => f.path);
}
