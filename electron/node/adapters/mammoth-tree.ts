import { createRequire } from "node:module";
import type { DocxNode, NoteResolver } from "../../../shared/parse/docx/tree.js";
import type { DocxParts } from "./zip-guard.js";

/**
 * mammoth's reader without its HTML writer: the document tree that convertToHtml and
 * extractRawText both start from. Reading the tree directly skips writing HTML and parsing it
 * back, which made a .docx cost up to twice mammoth.extractRawText (bench, 2026-12).
 * mammoth is pinned in package.json; these modules are the ones lib/index.js itself uses.
 */
const require = createRequire(import.meta.url);

/** The zip file mammoth reads parts from (mammoth/lib/zipfile.js). */
interface Zip {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}
interface MammothResult {
  value: DocxNode & { notes?: { resolve(reference: DocxNode): DocxNode | undefined } };
}
const zipfile = require("mammoth/lib/zipfile") as {
  openArrayBuffer(buffer: Buffer): PromiseLike<Zip>;
};
const docxReader = require("mammoth/lib/docx/docx-reader") as {
  read(zip: Zip, input: { buffer: Buffer }, options: object): PromiseLike<MammothResult>;
};

export interface MammothTree {
  document: DocxNode;
  resolveNote: NoteResolver;
}

/**
 * The parts as mammoth's zip file: the XML parts from the unpacking that checked them (mammoth
 * would inflate each again, in JavaScript); any other part, which reading the tree never asks
 * for, from mammoth's own unzip.
 */
function partsZip(buffer: Buffer, parts: DocxParts): Zip {
  let own: PromiseLike<Zip> | undefined;
  return {
    exists: (name) => parts.names.has(name),
    read: async (name, encoding) => {
      const text = parts.xml.get(name);
      if (text !== undefined && encoding && /^utf-?8$/i.test(encoding)) return text;
      own ??= zipfile.openArrayBuffer(buffer);
      return (await own).read(name, encoding);
    },
  };
}

export async function readMammothTree(buffer: Buffer, parts: DocxParts): Promise<MammothTree> {
  const zip = partsZip(buffer, parts);
  const { value } = await docxReader.read(zip, { buffer }, { externalFileAccess: false });
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
