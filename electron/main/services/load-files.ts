import { basename } from "node:path";
import type { ImportFile } from "./audit-service.js";
import { listInputs, looksLikeReport } from "../adapters/folders.js";
import { readBytes } from "../adapters/files.js";

/**
 * The chosen files (folders expanded), each read within the size limit or with its error; a
 * folder's files that cannot be reports are listed unread (the import skips them by name).
 */
export async function loadChosen(paths: string[], folders: boolean): Promise<ImportFile[]> {
  const files = await listInputs(paths);
  const out: ImportFile[] = [];
  for (const { path: p, fromFolder: inFolder } of files) {
    const fromFolder = folders || inFolder;
    if (inFolder && !looksLikeReport(p)) {
      out.push({ name: basename(p), bytes: new Uint8Array(), fromFolder });
      continue;
    }
    const bytes = await readBytes(p);
    out.push(
      "code" in bytes
        ? { name: basename(p), bytes: new Uint8Array(), fromFolder, error: bytes }
        : { name: basename(p), bytes, fromFolder },
    );
  }
  return out;
}
