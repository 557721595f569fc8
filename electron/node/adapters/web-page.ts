import { isReadError, type ReadError } from "../../../shared/model/errors.js";
import { htmlPage, type ReaderInput } from "../../../shared/parse/index.js";
import { readHtml } from "./html.js";

/**
 * A saved web page (.html) or web archive (.mhtml) → what the reader takes of its parsed tree
 * (the tree itself is let go here, before the report is read).
 */
export function webPage(bytes: Uint8Array, format: "html" | "mhtml"): ReaderInput | ReadError {
  const tree = readHtml(bytes, format);
  return isReadError(tree) ? tree : { kind: format, content: htmlPage(tree) };
}
