import type { ReadError } from "../../../shared/model/errors.js";
import { htmlDocument } from "../../../shared/parse/html/document.js";
import type { SourceDocument } from "../../../shared/parse/source.js";
import { readHtml } from "./html.js";

/** A saved web page (.html) or web archive (.mhtml) → its report's rows. */
export function webPage(bytes: Uint8Array, format: "html" | "mhtml"): SourceDocument | ReadError {
  const tree = readHtml(bytes, format);
  return "code" in tree ? tree : htmlDocument(tree, format);
}
