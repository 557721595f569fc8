import { readError, type ReadError } from "../../model/errors.js";
import { tryDecode, type TextEncodingName } from "./decoders.js";
import { decodeLines } from "./lines.js";

export type { TextEncodingName } from "./decoders.js";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Lines in UTF-8 and lines in GB18030 in one file (a report pasted together from two sources). */
  mixed?: boolean;
  /** Lines with bytes valid in neither encoding (shown with U+FFFD). */
  damaged?: number;
  /** Where form feeds (page breaks of a PDF's text) stood; each is a line end in `text`. */
  pageBreaks: number[];
}

/** Share of characters that are control characters other than tab, CR, LF, FF, or U+FFFD. */
function controlShare(text: string): number {
  if (!text.length) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / text.length;
}

type Decoded = Omit<DecodedText, "pageBreaks">;

function bomDecode(bytes: Uint8Array): Decoded | null | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode(bytes.subarray(3), "utf-8");
    return text === null ? null : { text, encoding: "utf-8" };
  }
  for (const [a, b, encoding] of [
    [0xff, 0xfe, "utf-16le"],
    [0xfe, 0xff, "utf-16be"],
  ] as const) {
    if (bytes[0] !== a || bytes[1] !== b) continue;
    const text = tryDecode(bytes.subarray(2), encoding);
    return text === null ? null : { text, encoding };
  }
  return undefined;
}

/**
 * UTF-16 saved without a BOM: every ASCII character (figures, tabs, line ends) has a zero byte
 * on one side of its pair, the high one; a Chinese character's low byte is zero once in 256
 * (一 is U+4E00). No other text puts zero bytes mostly on one side.
 */
function zeroSided(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4 || bytes.length % 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = bytes.length / 2;
  if (odd >= pairs * 0.02 && even * 8 <= odd) return "utf-16le";
  if (even >= pairs * 0.02 && odd * 8 <= even) return "utf-16be";
  return null;
}

/**
 * Detects UTF-8 (with or without BOM), UTF-16 (with or without BOM) or GB18030/GBK and decodes; a file
 * mixing UTF-8 and GB18030 lines, or with a few damaged lines, is decoded line by line.
 */
export function decodeText(bytes: Uint8Array): DecodedText | ReadError {
  if (bytes.length === 0) return readError("EMPTY_FILE");
  let decoded: Decoded | null | undefined = bomDecode(bytes);
  const sided = decoded === undefined ? zeroSided(bytes) : null;
  if (sided) {
    const text = tryDecode(bytes, sided);
    decoded = text === null ? null : { text, encoding: sided };
  }
  if (decoded === undefined) {
    const text = tryDecode(bytes, "utf-8");
    if (text !== null) decoded = { text, encoding: "utf-8" };
    else {
      const lines = decodeLines(bytes);
      decoded = { text: lines.text, encoding: lines.encoding };
      if (lines.mixed) decoded.mixed = true;
      if (lines.damaged) decoded.damaged = lines.damaged;
    }
  }
  if (decoded === null || controlShare(decoded.text) > 0.05) return readError("NOT_TEXT");
  const text = decoded.text.replace(/\r\n?/g, "\n").replaceAll("\u0000", "");
  const pageBreaks: number[] = [];
  for (let at = text.indexOf("\f"); at >= 0; at = text.indexOf("\f", at + 1)) pageBreaks.push(at);
  return { ...decoded, text: text.replace(/[\u2028\u2029\f]/g, "\n"), pageBreaks };
}
