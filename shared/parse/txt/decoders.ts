type Decoder = new (
  label: string,
  options?: { fatal?: boolean },
) => {
  decode(input: Uint8Array): string;
};
// TextDecoder (WHATWG Encoding) is a global of every runtime nianbao runs in (Node, Electron,
// Chromium); it is not in lib ES2022, so it is typed here rather than importing DOM or Node types.
export const TextDecoderImpl = (globalThis as unknown as { TextDecoder: Decoder }).TextDecoder;

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

const fatal = new Map<TextEncodingName, InstanceType<Decoder>>();

/** The bytes decoded, or null when they are not valid in `enc`. */
export function tryDecode(bytes: Uint8Array, enc: TextEncodingName): string | null {
  let decoder = fatal.get(enc);
  if (!decoder) fatal.set(enc, (decoder = new TextDecoderImpl(enc, { fatal: true })));
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}
