import { createRequire } from "node:module";
import type { DocxNode, NoteResolver } from "../../../shared/parse/docx/tree.js";

/**
 * mammoth's reader without its HTML writer: the document tree that convertToHtml and
 * extractRawText both start from. Reading the tree directly skips writing HTML and parsing it
 * back, which made a .docx cost up to twice mammoth.extractRawText (bench, 2026-12).
 * mammoth is pinned in package.json; these modules are the ones lib/index.js itself uses.
 */
const require = createRequire(import.meta.url);

type Zip = unknown;
interface MammothResult {
  value: DocxNode & { notes?: { resolve(reference: DocxNode): DocxNode | undefined } };
}
const unzip = require("mammoth/lib/unzip") as {
  openZip(input: { buffer: Buffer }): PromiseLike<Zip>;
};
const docxReader = require("mammoth/lib/docx/docx-reader") as {
  read(zip: Zip, input: { buffer: Buffer }, options: object): PromiseLike<MammothResult>;
};

export interface MammothTree {
  document: DocxNode;
  resolveNote: NoteResolver;
}

export async function readMammothTree(buffer: Buffer): Promise<MammothTree> {
  const input = { buffer };
  const zip = await unzip.openZip(input);
  const { value } = await docxReader.read(zip, input, { externalFileAccess: false });
  return {
    document: value,
    resolveNote: (reference) => {
      try {
        return value.notes?.resolve(reference);
      } catch {
        return undefined;
      }
    },
  };
}
