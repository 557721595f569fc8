import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readPdf } from "../../../electron/node/adapters/pdf.js";
import type { PdfContent } from "../../../shared/parse/pdf/content.js";
import { decodeText } from "../../../shared/parse/txt/decode.js";
import { txtDocument } from "../../../shared/parse/txt/document.js";
import type { DraftRow } from "./arbitraries.js";

const dir = (d: string) => fileURLToPath(new URL(`../../fixtures/${d}/`, import.meta.url));
const files = (ext: string) =>
  ["corpus", "examples"].flatMap((d) =>
    readdirSync(dir(d))
      .filter((f) => f.endsWith(ext))
      .map((f) => dir(d) + f),
  );

/** The text of every labelled .txt report (UTF-8 and GB18030). */
export const SAMPLES: string[] = files(".txt").map((path) => {
  const t = decodeText(readFileSync(path));
  if ("code" in t) throw new Error(`${path}: ${t.code}`);
  return t.text;
});

/** Every line of the samples: what a line insertion inserts. */
export const POOL: string[] = SAMPLES.flatMap((t) => t.split("\n"));

/** Every printed cell and label of the samples. */
export const TOKENS: string[] = [
  ...new Set(POOL.flatMap((l) => l.split(/\t|\|/)).map((t) => t.trim())),
].filter((t) => t && t.length < 60);

/** Each sample's rows as the .txt front end gives them. */
export const SAMPLE_ROWS: DraftRow[][] = SAMPLES.map((t) => {
  const doc = txtDocument(new TextEncoder().encode(t));
  if ("code" in doc) throw new Error(doc.code);
  return doc.rows.map((r) => ({
    cells: r.cells.map((c) => ({ text: c.text })),
    tabular: r.tabular,
  }));
});

/** The positioned runs of every labelled .pdf, as the adapter reads them. */
export async function samplePdfs(): Promise<PdfContent[]> {
  const out: PdfContent[] = [];
  for (const path of files(".pdf")) {
    const c = await readPdf(new Uint8Array(readFileSync(path)));
    if ("code" in c) throw new Error(`${path}: ${c.code}`);
    out.push(c);
  }
  return out;
}
