import { createRequire } from "node:module";
import { parse } from "parse5";
import { readError, type ReadError } from "../../../shared/model/errors.js";
import type { HtmlNode } from "../../../shared/parse/html/tree.js";
import { mhtmlPage } from "./mhtml.js";

/**
 * A saved web page parsed into its document tree with parse5 (the WHATWG parsing algorithm, so
 * the tree is the one a browser builds from the same bytes, unclosed cells and all). Parsing
 * only builds the tree: no script runs, nothing is fetched, no style applies.
 */
const require = createRequire(import.meta.url);
/** jsdom's implementation of the HTML encoding sniffing algorithm (BOM, transport, <meta>). */
const sniffEncoding = require("html-encoding-sniffer") as (
  bytes: Uint8Array,
  options: { transportLayerEncodingLabel?: string; defaultEncoding?: string },
) => string;

const UNKNOWN = "unknown";

function decodes(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The page's text: by its BOM, the archive part's charset or its <meta charset>. A page that
 * names none, or names a Western single-byte charset for Chinese text (an old template's
 * mistake a Chinese browser papers over), is read as UTF-8 when it is valid UTF-8, else GB18030.
 */
export function decodePage(bytes: Uint8Array, transport?: string): string {
  let name = UNKNOWN;
  try {
    name = sniffEncoding(bytes, {
      transportLayerEncodingLabel: transport,
      defaultEncoding: UNKNOWN,
    });
  } catch {
    name = UNKNOWN;
  }
  if (name === UNKNOWN || name === "windows-1252") {
    const ascii = bytes.every((b) => b < 0x80);
    if (name === UNKNOWN || !ascii) {
      // Valid UTF-8 is the text already: it is not decoded a second time.
      const utf8 = decodes(bytes, "utf-8");
      if (utf8 !== null) return utf8;
      name = "gb18030";
    }
  }
  // The Encoding Standard decodes GBK with the gb18030 decoder (a superset).
  if (name === "GBK") name = "gb18030";
  try {
    return new TextDecoder(name).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** A saved page (.html) or web archive (.mhtml) → its parsed document, or why it cannot be read. */
export function readHtml(bytes: Uint8Array, format: "html" | "mhtml"): HtmlNode | ReadError {
  let page: { bytes: Uint8Array; charset?: string } = { bytes };
  if (format === "mhtml") {
    const part = mhtmlPage(bytes);
    if (!part) return readError("MHTML_CORRUPT");
    page = part;
  }
  return parse(decodePage(page.bytes, page.charset));
}
