import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

const REPORT_EXT = /\.(txt|docx|pdf)$/i;

/** Files as given, folders expanded recursively to the .txt/.docx/.pdf files inside. */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of inputs) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    const entries = await readdir(p, { recursive: true, withFileTypes: true }).catch(() => null);
    // A folder that vanished or cannot be listed: the path itself, which reading then reports.
    if (!entries) {
      out.push(p);
      continue;
    }
    const files = entries
      .filter((e) => e.isFile() && REPORT_EXT.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    out.push(...files);
  }
  return out;
}
