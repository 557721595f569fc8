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
 * pdf.js (display and worker), with the engine's own builtins put back after both are loaded.
 * The worker module is imported here, not on the first document, so its polyfills are undone
 * in the same step (the module is not run again when pdf.js imports it).
 */
export async function loadPdfJs(): Promise<PdfJs> {
  const saved = NATIVE.map(([o, k]) => ({ o, k, d: Object.getOwnPropertyDescriptor(o, k) }));
  const lib = await import("pdfjs-dist/legacy/build/pdf.mjs");
  await import(WORKER);
  for (const { o, k, d } of saved) if (d) Object.defineProperty(o, k, d);
  return lib;
}
