import type { ReadError } from "../../model/errors.js";
import type { SourceDocument } from "../source.js";
import { decodeText } from "./decode.js";
import { textRows } from "./rows.js";

/** The .txt front end: bytes → decoded text → rows. */
export function txtDocument(bytes: Uint8Array): SourceDocument | ReadError {
  const decoded = decodeText(bytes);
  if ("code" in decoded) return decoded;
  const text = decoded.text.replace(/^\uFEFF/, "");
  return { format: "txt", text, rows: textRows(text), messages: [] };
}
