import { readFile } from "node:fs/promises";

type Kind = "cMapUrl" | "standardFontDataUrl" | "wasmUrl";

const files = new Map<string, Promise<Uint8Array>>();

/**
 * pdf.js's binary data (CMaps, standard fonts, wasm) for getDocument's `BinaryDataFactory`: read
 * from the installed package once per thread and kept, where pdf.js's own Node factory reads the
 * same CMap files from disk again for every document. Each document gets its own copy.
 */
export class CachedBinaryData {
  private readonly base: Record<Kind, string | null>;

  constructor(urls: {
    cMapUrl?: string | null;
    standardFontDataUrl?: string | null;
    wasmUrl?: string | null;
  }) {
    this.base = {
      cMapUrl: urls.cMapUrl ?? null,
      standardFontDataUrl: urls.standardFontDataUrl ?? null,
      wasmUrl: urls.wasmUrl ?? null,
    };
  }

  async fetch({ kind, filename }: { kind: Kind; filename: string }): Promise<Uint8Array> {
    const base = this.base[kind];
    if (!base) throw new Error(`pdf.js 数据目录未设置：${kind}`);
    const path = base + filename;
    let data = files.get(path);
    if (!data) {
      data = readFile(path).then((b) => new Uint8Array(b));
      files.set(path, data);
      data.catch(() => files.delete(path));
    }
    return (await data).slice();
  }
}
