import { isReadError, type ReadError } from "../../../shared/model/errors.js";
import type { ReaderInput } from "../../../shared/parse/index.js";
import { readHtml } from "./html.js";

/** A saved web page (.html) or web archive (.mhtml) → its parsed tree, for the reader. */
export function webPage(bytes: Uint8Array, format: "html" | "mhtml"): ReaderInput | ReadError {
  const tree = readHtml(bytes, format);
  return isReadError(tree) ? tree : { kind: format, content: tree };
}
