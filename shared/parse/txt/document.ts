import { isReadError, readError, type ReadError } from "../../model/errors.js";
import type { SourceDocument } from "../source.js";
import type { ReaderMessage } from "../../model/report.js";
import { LIMITS, tooMuchText, type Limits } from "../limits.js";
import { decodeText, type DecodedText } from "./decode.js";
import { textRows } from "./rows.js";
import { unifyRadicals } from "../../text/radicals.js";

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

function encodingMessages(d: DecodedText): ReaderMessage[] {
  const out: ReaderMessage[] = [];
  if (d.mixed) out.push({ code: "MIXED_ENCODING", params: {} });
  if (d.damaged) out.push({ code: "ENCODING_DAMAGED", params: { lines: d.damaged } });
  return out;
}

/** The .txt front end: bytes → decoded text → rows. */
export function txtDocument(
  bytes: Uint8Array,
  limits: Limits = LIMITS,
): SourceDocument | ReadError {
  if (bytes.length > limits.txtBytes)
    return readError("FILE_TOO_LARGE", `${mb(bytes.length)}，文本文件上限 ${mb(limits.txtBytes)}`);
  const decoded = decodeText(bytes);
  if (isReadError(decoded)) return decoded;
  const bom = decoded.text.startsWith("\uFEFF") ? 1 : 0;
  // pdftotext passes on the radicals a PDF's fonts name in place of ideographs (人⺠政府).
  const text = unifyRadicals(decoded.text.slice(bom));
  const tooMuch = tooMuchText(text.length, limits);
  if (tooMuch) return tooMuch;
  const unread = new Set<2 | 3 | 4>();
  const rows = textRows(
    text,
    decoded.pageBreaks.map((b) => b - bom),
    unread,
  );
  const doc: SourceDocument = { format: "txt", text, rows, messages: encodingMessages(decoded) };
  if (unread.size) doc.unreadTables = [...unread].sort();
  return doc;
}
