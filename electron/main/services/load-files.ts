import { basename } from "node:path";
import type { ImportFile } from "./audit-service.js";
import { expandInputs } from "../adapters/folders.js";
import { readBytes } from "../adapters/files.js";

/** The chosen files (folders expanded), each read within the size limit or with its error. */
export async function loadChosen(paths: string[], fromFolder: boolean): Promise<ImportFile[]> {
  const files = await expandInputs(paths);
  const out: ImportFile[] = [];
  for (const p of files) {
    const bytes = await readBytes(p);
    out.push(
      "code" in bytes
        ? { name: basename(p), bytes: new Uint8Array(), fromFolder, error: bytes }
        : { name: basename(p), bytes, fromFolder },
    );
  }
  return out;
}
