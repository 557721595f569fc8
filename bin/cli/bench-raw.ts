import { createRequire } from "node:module";
import { parse } from "parse5";
import { decodePage } from "../../electron/node/adapters/html.js";
import { mhtmlPage } from "../../electron/node/adapters/mhtml.js";

const require = createRequire(import.meta.url);
const WordExtractor = require("word-extractor") as new () => {
  extract(input: Buffer): Promise<{ getBody(): string }>;
};

/** A saved page through its parser alone: the archive's part, the charset, parse5's tree. */
export function rawPage(bytes: Uint8Array, format: "html" | "mhtml"): void {
  const part = format === "mhtml" ? mhtmlPage(bytes) : { bytes };
  if (part) parse(decodePage(part.bytes, "charset" in part ? part.charset : undefined));
}

/** A Word 97–2003 file through word-extractor alone: its body text. */
export async function rawWordText(bytes: Uint8Array): Promise<void> {
  const doc = await new WordExtractor().extract(Buffer.from(bytes));
  doc.getBody();
}
