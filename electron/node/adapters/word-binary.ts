import { readError, type ReadError } from "../../../shared/model/errors.js";
import type { ReaderInput } from "../../../shared/parse/index.js";
import { NotWordText, readWordBody } from "./word-ole.js";

function refused(format: "doc" | "wps", why: string): ReadError {
  return format === "wps" ? readError("WPS_UNREADABLE", why) : readError("DOC_CORRUPT", why);
}

function reason(e: unknown): string {
  if (e instanceof NotWordText)
    return {
      "no-word-stream": "文件中没有 Word 正文（可能是旧版 WPS、Excel 或其他 Office 文件）",
      encrypted: "文档已加密",
      "old-version": "这是 Word 95 或更早版本的文件",
    }[e.reason];
  const message = e instanceof Error ? e.message : String(e);
  return `文档内容无法解析（${message.slice(0, 120)}）`;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Why bytes named .doc or .wps are no Word 97–2003 file at all (not an OLE2 container). */
function notOle(bytes: Uint8Array): string | null {
  if (OLE2.every((b, i) => bytes[i] === b)) return null;
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head === "{\\rtf") return "这是 RTF 文件，不是 Word 97-2003 文档";
  return "文件不是 Word 97-2003 格式（可能是早期 WPS 或其他程序的文件）";
}

/** A Word 97–2003 (.doc) or WPS 文字 (.wps) file → its body for the reader, or why it cannot be read. */
export async function wordBinary(
  bytes: Uint8Array,
  format: "doc" | "wps",
): Promise<ReaderInput | ReadError> {
  const why = notOle(bytes);
  if (why) return refused(format, why);
  try {
    const body = await readWordBody(bytes);
    if (!body.text.trim()) return refused(format, "文档中没有文字");
    return { kind: format, content: body };
  } catch (e) {
    return refused(format, reason(e));
  }
}
