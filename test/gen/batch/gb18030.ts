let table: Map<string, number> | null = null;

/** Every two-byte GB18030 code, by the character it decodes to (the platform only decodes). */
function twoByteCodes(): Map<string, number> {
  if (table) return table;
  const m = new Map<string, number>();
  const dec = new TextDecoder("gb18030");
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== "\ufffd" && !m.has(ch)) m.set(ch, (hi << 8) | lo);
    }
  return (table = m);
}

/** Text → GB18030 bytes; characters outside ASCII and the two-byte range fail loudly. */
export function encodeGb18030(text: string): Uint8Array {
  const codes = twoByteCodes();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else {
      const code = codes.get(ch);
      if (code === undefined) throw new Error(`gb18030: no two-byte code for ${ch}`);
      out.push(code >> 8, code & 0xff);
    }
  }
  return Uint8Array.from(out);
}
