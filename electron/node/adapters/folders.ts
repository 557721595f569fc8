import { readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { ignoredName, looksLikeReport } from "../../../shared/model/outcome.js";

export { looksLikeReport } from "../../../shared/model/outcome.js";

export interface InputFile {
  path: string;
  /** Found by walking a folder: a file there that is no report is skipped, not failed. */
  fromFolder: boolean;
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
      .filter((e) => e.isFile() && !ignoredName(e.name))
      .map((e) => join(e.parentPath, e.name))
      .filter((f) => !relative(p, f).split(/[\\/]/).some(ignoredName))
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
