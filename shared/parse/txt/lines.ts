import { TextDecoderImpl, tryDecode } from "./decoders.js";

/** A line is taken as UTF-8 on this much evidence: short GB18030 lines can be valid UTF-8 by chance. */
const UTF8_EVIDENCE = 4;

type Kind = "ascii" | "utf8" | "gb" | "either" | "bad";

interface Line {
  kind: Kind;
  utf8: string | null;
  gb: string | null;
  bytes: Uint8Array;
}

function nonAscii(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length && n < UTF8_EVIDENCE; i++) if (s.charCodeAt(i) > 0x7f) n++;
  return n;
}

function classify(bytes: Uint8Array): Line {
  const utf8 = tryDecode(bytes, "utf-8");
  const gb = utf8 !== null && nonAscii(utf8) >= UTF8_EVIDENCE ? null : tryDecode(bytes, "gb18030");
  let kind: Kind = "bad";
  if (utf8 !== null) kind = gb === null ? "utf8" : nonAscii(utf8) === 0 ? "ascii" : "either";
  else if (gb !== null) kind = "gb";
  return { kind, utf8, gb, bytes };
}

export interface LineDecoded {
  text: string;
  encoding: "utf-8" | "gb18030";
  /** Lines of both encodings occur. */
  mixed: boolean;
  /** Lines valid in neither encoding, decoded with U+FFFD for the bad bytes. */
  damaged: number;
}

/**
 * Decodes line by line: UTF-8 where a line is UTF-8, GB18030 where it is GB18030, the file's
 * main encoding where either fits, and that encoding with U+FFFD where neither does. LF (0x0A)
 * never occurs inside a GB18030 character, so lines split the same in both encodings.
 */
export function decodeLines(bytes: Uint8Array): LineDecoded {
  const lines: Line[] = [];
  for (let start = 0; start <= bytes.length; ) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    lines.push(classify(bytes.subarray(start, end)));
    start = end + 1;
  }
  const count = (k: Kind) => lines.filter((l) => l.kind === k).length;
  const utf8 = count("utf8");
  const gb = count("gb");
  const encoding = utf8 > gb ? "utf-8" : "gb18030";
  const text = lines.map((l) => {
    if (l.kind === "utf8" || l.kind === "ascii") return l.utf8 as string;
    if (l.kind === "gb") return l.gb as string;
    if (l.kind === "either") return (encoding === "utf-8" ? l.utf8 : l.gb) as string;
    return new TextDecoderImpl(encoding).decode(l.bytes);
  });
  return { text: text.join("\n"), encoding, mixed: utf8 > 0 && gb > 0, damaged: count("bad") };
}
