import { basename } from "node:path";
import { isReadError } from "../../../shared/model/errors.js";
import { passedOver } from "../../../shared/model/outcome.js";
import type { ImportFile } from "./audit-service.js";
import { listInputs } from "../adapters/folders.js";
import { readBytes } from "../adapters/files.js";

/**
 * The chosen files (folders expanded), each read within the size limit or with its error; a
 * folder's file whose name says it is no report is listed unread (the import skips it).
 */
export async function loadChosen(paths: string[], folders: boolean): Promise<ImportFile[]> {
  const files = await listInputs(paths);
  const out: ImportFile[] = [];
  for (const { path: p, fromFolder: inFolder } of files) {
    const fromFolder = folders || inFolder;
    const name = basename(p);
    if (passedOver(p, fromFolder)) {
      out.push({ name, path: p, fromFolder });
      continue;
    }
    const bytes = await readBytes(p);
    out.push(isReadError(bytes) ? { name, fromFolder, error: bytes } : { name, bytes, fromFolder });
  }
  return out;
}
