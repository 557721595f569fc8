import yauzl, { type Entry, type ZipFile } from "yauzl";
import { readError, type ReadError } from "../../../shared/model/errors.js";

export interface DocxLimits {
  entries: number;
  partBytes: number;
  xmlBytes: number;
  tableDepth: number;
}

/** What a .docx may unpack to before mammoth (which inflates whole parts in memory) sees it. */
export const DOCX_LIMITS: Readonly<DocxLimits> = {
  entries: 5_000,
  /** Inflated bytes of one XML part (word/document.xml of a real report: under 3 MB). */
  partBytes: 32 * 1024 * 1024,
  /** Inflated bytes of all XML parts together. */
  xmlBytes: 64 * 1024 * 1024,
  /** Word tables inside tables (real reports: at most 2). */
  tableDepth: 32,
};

const XML_PART = /\.(xml|rels)$/i;
const BODY = "word/document.xml";

class Refused extends Error {
  constructor(readonly error: ReadError) {
    super(error.message);
  }
}

/** Inflates one entry, stopping as soon as it passes `max` bytes (yauzl also checks the size it declares). */
async function inflate(zip: ZipFile, entry: Entry, max: number): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > max) {
      stream.destroy();
      throw new Refused(readError("TOO_COMPLEX", `${entry.fileName} 解压后超过 ${mb(max)}`));
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const mb = (n: number) => `${Math.round(n / 1048576)} MB`;

/** How deep Word tables nest in the body (<w:tbl> inside <w:tc>). */
export function tableDepth(xml: string): number {
  let depth = 0;
  let max = 0;
  for (const m of xml.matchAll(/<(\/?)w:tbl[\s>]/g)) {
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

async function check(zip: ZipFile, limits: DocxLimits): Promise<void> {
  if (zip.entryCount > limits.entries)
    throw new Refused(
      readError("TOO_COMPLEX", `压缩包有 ${zip.entryCount} 个文件，上限 ${limits.entries}`),
    );
  let xml = 0;
  for await (const entry of zip.eachEntry()) {
    if (!XML_PART.test(entry.fileName)) continue;
    if (entry.uncompressedSize > limits.partBytes)
      throw new Refused(
        readError(
          "TOO_COMPLEX",
          `${entry.fileName} 解压后 ${mb(entry.uncompressedSize)}，上限 ${mb(limits.partBytes)}`,
        ),
      );
    const data = await inflate(zip, entry, limits.partBytes);
    xml += data.length;
    if (xml > limits.xmlBytes)
      throw new Refused(readError("TOO_COMPLEX", `文档解压后超过 ${mb(limits.xmlBytes)}`));
    if (entry.fileName === BODY) {
      const depth = tableDepth(data.toString("utf8"));
      if (depth > limits.tableDepth)
        throw new Refused(
          readError("TOO_COMPLEX", `表格嵌套 ${depth} 层，上限 ${limits.tableDepth} 层`),
        );
    }
  }
}

/**
 * Refuses a .docx whose parts unpack to more than the limits (a zip bomb) or nest tables too
 * deep, before mammoth unpacks it; a zip that cannot be read is DOCX_CORRUPT.
 */
export async function guardDocx(
  bytes: Uint8Array,
  limits: DocxLimits = DOCX_LIMITS,
): Promise<ReadError | null> {
  let zip: ZipFile | null = null;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true });
    await check(zip, limits);
    return null;
  } catch (e) {
    if (e instanceof Refused) return e.error;
    const message = e instanceof Error ? e.message : String(e);
    return readError("DOCX_CORRUPT", `压缩包不完整或已损坏（${message.slice(0, 120)}）`);
  } finally {
    zip?.close();
  }
}
