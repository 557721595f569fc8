import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** pdf.js's own worker code, run in this thread (Node has no web worker for it). */
const WORKER: string = "pdfjs-dist/legacy/build/pdf.worker.mjs";

/**
 * Builtins the engine has that the legacy build's core-js replaces for the whole process, over
 * spec corners no caller here meets (a push past 2³² on an array-like, JSON source text). The
 * polyfilled push copies its arguments one by one: pdf.js builds every embedded CFF font with
 * `data.push(...bytes)`, so it took a quarter of a batch's parse time, besides its garbage.
 */
const NATIVE: [object, PropertyKey][] = [
  [Array.prototype, "push"],
  [JSON, "parse"],
  [JSON, "stringify"],
];

/**
 * pdf.js compiles every embedded CFF or Type 1 font (the CJK fonts of PDFKit's and many exports' files)
 * back into a font program, which only drawing uses: as a font face, or as glyph outlines when
 * font faces are off (Node's default). A document opened with font faces on (READING in
 * pdf-options.ts: its style sheet drops them) never uses the program, so its CFF fonts are
 * parsed, not compiled: glyph map, widths and Unicode come from the parse as before, and the
 * text and operator lists are the same (half of a PDFKit file's getTextContent time).
 * Each edit must match once in the installed worker, or none is made (a test says so).
 */
const EDITS: [string, string][] = [
  // A page's drawing is read for its rules only, and its text cannot be drawn without the font
  // programs: its text operators carry no glyphs (one object per character, each copied from
  // pdf.js's worker side to its API side, was a fifth of a ruled page's reading).
  [
    "  handleText(chars, state) {\n    const font = state.font;",
    "  handleText(chars, state) {\n    if (this.options.disableFontFace === false) return [];\n    const font = state.font;",
  ],
  // pdf.js inflates each compressed stream it decodes whole (ToUnicode maps, images) through a
  // web DecompressionStream: in Node its stream machinery cost more than the inflating (5% of a
  // PDF's read). zlib inflates the same format at once; a stream it refuses goes, as before, to
  // pdf.js's own inflater.
  [
    "    const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();\n    try {",
    "    const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();\n" +
      '    if (name === "deflate") {\n' +
      "      try {\n" +
      '        const inflated = process.getBuiltinModule("zlib").inflateSync(bytes);\n' +
      "        return { decompressed: new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length), compressed: bytes };\n" +
      "      } catch {\n" +
      "        return { decompressed: null, compressed: bytes };\n" +
      "      }\n" +
      "    }\n" +
      "    try {",
  ],
  // Nor does such a document need its fonts' programs on the API side, where pdf.js turns each
  // into a base64 @font-face rule for the style sheet that does nothing with it (a tenth of
  // reading a Word or WPS export, whose TrueType fonts are kept whole).
  [
    "    amendFallbackToUnicode(properties);\n    this.data = data;",
    "    amendFallbackToUnicode(properties);\n    this.data = evaluatorOptions.disableFontFace === false ? undefined : data;",
  ],
  [
    "? new CFFFont(file, properties) : new Type1Font(name, file, properties);",
    "? new CFFFont(file, properties, evaluatorOptions.disableFontFace === false) : new Type1Font(name, file, properties, evaluatorOptions.disableFontFace === false);",
  ],
  // The same for Type 1 fonts (PDFKit embeds its CJK fonts so), which pdf.js rewrites as CFF.
  [
    "class Type1Font {\n  constructor(name, file, properties) {",
    "class Type1Font {\n  constructor(name, file, properties, parseOnly = false) {",
  ],
  [
    "    this.data = this.wrap(name, type2Charstrings, this.charstrings, subrs, properties);",
    "    this.data = parseOnly ? [] : this.wrap(name, type2Charstrings, this.charstrings, subrs, properties);",
  ],
  [
    "class CFFFont {\n  constructor(file, properties) {",
    "class CFFFont {\n  constructor(file, properties, parseOnly = false) {",
  ],
  [
    "      this.data = compiler.compile();",
    "      this.data = parseOnly ? [] : compiler.compile();",
  ],
];

const once = (text: string, find: string) =>
  text.indexOf(find) >= 0 && text.indexOf(find) === text.lastIndexOf(find);

let edited = false;
/** Whether the worker in use skips compiling fonts of documents that are only read. */
export const fontProgramsSkipped = (): boolean => edited;

/** The installed worker's source, if every edit applies to it once. */
async function editedSource(): Promise<string | null> {
  const path = createRequire(import.meta.url).resolve(WORKER);
  const source = await readFile(path, "utf8").catch(() => "");
  if (!EDITS.every(([find]) => once(source, find))) return null;
  return EDITS.reduce((s, [find, put]) => s.replace(find, () => put), source);
}

/** The worker module: edited as above when every edit applies, else as installed. */
async function importWorker(): Promise<void> {
  const text = await editedSource();
  if (text === null) await import(WORKER);
  else await import(`data:text/javascript;base64,${Buffer.from(text).toString("base64")}`);
  edited = text !== null;
}

/**
 * pdf.js (display and worker), with the engine's own builtins put back after both are loaded.
 * The worker module is imported here, not on the first document, so its polyfills are undone
 * in the same step (the display module finds it on `globalThis.pdfjsWorker` and does not
 * import its own).
 */
export async function loadPdfJs(): Promise<PdfJs> {
  const saved = NATIVE.map(([o, k]) => ({ o, k, d: Object.getOwnPropertyDescriptor(o, k) }));
  const lib = await import("pdfjs-dist/legacy/build/pdf.mjs");
  await importWorker();
  for (const { o, k, d } of saved) if (d) Object.defineProperty(o, k, d);
  return lib;
}
