import { readError, type ReadError } from "../../model/errors.js";

type Decoder = new (
  label: string,
  options?: { fatal?: boolean },
) => {
  decode(input: Uint8Array): string;
};
// TextDecoder (WHATWG Encoding) is a global of every runtime nianbao runs in (Node, Electron,
// Chromium); it is not in lib ES2022, so it is typed here rather than importing DOM or Node types.
const TextDecoderImpl = (globalThis as unknown as { TextDecoder: Decoder }).TextDecoder;

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Lines in UTF-8 and lines in GB18030 in one file (a report pasted together from two sources). */
  mixed?: boolean;
}

const decoders = new Map<TextEncodingName, InstanceType<Decoder>>();

function tryDecode(bytes: Uint8Array, enc: TextEncodingName): string | null {
  let decoder = decoders.get(enc);
  if (!decoder) decoders.set(enc, (decoder = new TextDecoderImpl(enc, { fatal: true })));
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Share of characters that are control characters other than tab, CR, LF, FF. */
function controlShare(text: string): number {
  if (!text.length) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / text.length;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Each line in UTF-8 where it is valid UTF-8, in GB18030 otherwise; null unless both occur. LF
 * (0x0A) never occurs inside a GB18030 character, so lines split the same in both encodings.
 */
function decodeLines(bytes: Uint8Array): string | null {
  const parts: string[] = [];
  let utf8 = 0;
  let gb = 0;
  for (let start = 0; start <= bytes.length; ) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end);
    let text = tryDecode(line, "utf-8");
    if (text !== null && NON_ASCII.test(text)) utf8++;
    if (text === null) {
      text = tryDecode(line, "gb18030");
      if (text === null) return null;
      gb++;
    }
    parts.push(text);
    start = end + 1;
  }
  return utf8 > 0 && gb > 0 ? parts.join("\n") : null;
}

/** Detects UTF-8 (with or without BOM), UTF-16 (with BOM) or GB18030/GBK and decodes. */
export function decodeText(bytes: Uint8Array): DecodedText | ReadError {
  if (bytes.length === 0) return readError("EMPTY_FILE");
  let text: string | null = null;
  let encoding: TextEncodingName = "utf-8";
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = tryDecode(bytes.subarray(3), "utf-8");
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "utf-16le";
    text = tryDecode(bytes.subarray(2), encoding);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "utf-16be";
    text = tryDecode(bytes.subarray(2), encoding);
  } else {
    text = tryDecode(bytes, "utf-8");
    if (text === null) {
      const lines = decodeLines(bytes);
      if (lines !== null && controlShare(lines) <= 0.05)
        return { text: normalizeLineEnds(lines), encoding: "utf-8", mixed: true };
      encoding = "gb18030";
      text = tryDecode(bytes, encoding);
    }
  }
  if (text === null || controlShare(text) > 0.05) return readError("NOT_TEXT");
  return { text: normalizeLineEnds(text), encoding };
}

export function normalizeLineEnds(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029\f]/g, "\n")
    .replaceAll("\u0000", "");
}
