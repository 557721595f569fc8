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
}

function tryDecode(bytes: Uint8Array, enc: TextEncodingName): string | null {
  try {
    return new TextDecoderImpl(enc, { fatal: true }).decode(bytes);
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
