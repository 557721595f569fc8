import { readError, type ReadError } from "../../model/errors.js";
import type { SourceDocument } from "../source.js";
import { LIMITS, tooMuchText, type Limits } from "../limits.js";
import { decodeText } from "./decode.js";
import { textRows } from "./rows.js";

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

const MIXED = {
  code: "MIXED_ENCODING",
  message: "文件中混有 UTF-8 和 GB18030 两种编码，已逐行识别",
};

/** The .txt front end: bytes → decoded text → rows. */
export function txtDocument(
  bytes: Uint8Array,
  limits: Limits = LIMITS,
): SourceDocument | ReadError {
  if (bytes.length > limits.txtBytes)
    return readError("FILE_TOO_LARGE", `${mb(bytes.length)}，文本文件上限 ${mb(limits.txtBytes)}`);
  const decoded = decodeText(bytes);
  if ("code" in decoded) return decoded;
  const text = decoded.text.replace(/^\uFEFF/, "");
  return (
    tooMuchText(text.length, limits) ?? {
      format: "txt",
      text,
      rows: textRows(text),
      messages: decoded.mixed ? [MIXED] : [],
    }
  );
}
