/** Lines of GB18030 bytes: LF never occurs inside a GB18030 character. */
export function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  for (let start = 0; start <= bytes.length; ) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    lines.push(bytes.subarray(start, end));
    start = end + 1;
  }
  return lines;
}

/** A GB18030 file with every other line re-encoded as UTF-8: one report pasted from two editors. */
export function mixEncodings(gb: Uint8Array): Uint8Array {
  const decoder = new TextDecoder("gb18030");
  const out: number[] = [];
  splitLines(gb).forEach((line, i) => {
    if (i) out.push(0x0a);
    out.push(...(i % 2 ? new TextEncoder().encode(decoder.decode(line)) : line));
  });
  return new Uint8Array(out);
}

/** Bytes that look like nothing: a seeded LCG over all 256 values. */
export function noise(n: number, seed = 1): Uint8Array {
  let s = seed;
  return new Uint8Array(n).map(() => (s = (s * 1103515245 + 12345) >>> 0) >>> 24);
}

/** Each table line of a .txt report printed `times` times in a row. */
export function repeatTableRows(text: string, times: number): string {
  return text
    .split("\n")
    .flatMap((l) => (/\t|\|/.test(l) ? Array<string>(times).fill(l) : [l]))
    .join("\n");
}
