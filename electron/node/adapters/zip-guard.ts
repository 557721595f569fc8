import { inflateRawSync } from "node:zlib";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { readError, type ReadError } from "../../../shared/model/errors.js";

export interface DocxLimits {
  entries: number;
  partBytes: number;
  xmlBytes: number;
  tableDepth: number;
}

/** What a .docx may unpack to before mammoth reads it. */
export const DOCX_LIMITS: Readonly<DocxLimits> = {
  entries: 5_000,
  /** Inflated bytes of one XML part (word/document.xml of a real report: under 3 MB). */
  partBytes: 32 * 1024 * 1024,
  /** Inflated bytes of all XML parts together. */
  xmlBytes: 64 * 1024 * 1024,
  /** Word tables inside tables (real reports: at most 2). */
  tableDepth: 32,
};

/** A .docx unpacked within the limits: its XML parts as text, and every entry's name. */
export interface DocxParts {
  xml: Map<string, string>;
  names: Set<string>;
}

const XML_PART = /\.(xml|rels)$/i;
const BODY = "word/document.xml";
const LOCAL_HEADER = 0x04034b50;

class Refused extends Error {
  constructor(readonly error: ReadError) {
    super(error.message);
  }
}

const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
const corrupt = (why: string) => new Refused(readError("DOCX_CORRUPT", why));

/** An entry's stored bytes, found from its local header as the zip format lays them out. */
function storedBytes(buffer: Buffer, entry: Entry): Buffer {
  const at = entry.relativeOffsetOfLocalHeader;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_HEADER)
    throw corrupt(`${entry.fileName} 的文件头已损坏`);
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  if (start + entry.compressedSize > buffer.length)
    throw corrupt("压缩包不完整或已损坏（文件可能被截断）");
  return buffer.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates one part in one step, never past the size its headers declare (checked against the
 * limit before): a part that inflates to more or less than declared is a damaged or lying zip.
 */
function inflate(buffer: Buffer, entry: Entry): Buffer {
  if (entry.isEncrypted()) throw corrupt(`${entry.fileName} 已加密`);
  const stored = storedBytes(buffer, entry);
  let data: Buffer;
  if (entry.compressionMethod === 0) data = stored;
  else if (entry.compressionMethod === 8)
    try {
      data = inflateRawSync(stored, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch {
      throw corrupt(`${entry.fileName} 解压后的大小与声明不符或数据已损坏`);
    }
  else throw corrupt(`${entry.fileName} 的压缩方式（${entry.compressionMethod}）不受支持`);
  if (data.length !== entry.uncompressedSize)
    throw corrupt(`${entry.fileName} 解压后的大小与声明不符`);
  return data;
}

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

async function unpack(zip: ZipFile, buffer: Buffer, limits: DocxLimits): Promise<DocxParts> {
  if (zip.entryCount > limits.entries)
    throw new Refused(
      readError("TOO_COMPLEX", `压缩包有 ${zip.entryCount} 个文件，上限 ${limits.entries}`),
    );
  const parts: DocxParts = { xml: new Map(), names: new Set() };
  let xml = 0;
  for await (const entry of zip.eachEntry()) {
    parts.names.add(entry.fileName);
    if (!XML_PART.test(entry.fileName)) continue;
    if (entry.uncompressedSize > limits.partBytes)
      throw new Refused(
        readError(
          "TOO_COMPLEX",
          `${entry.fileName} 解压后 ${mb(entry.uncompressedSize)}，上限 ${mb(limits.partBytes)}`,
        ),
      );
    xml += entry.uncompressedSize;
    if (xml > limits.xmlBytes)
      throw new Refused(readError("TOO_COMPLEX", `文档解压后超过 ${mb(limits.xmlBytes)}`));
    const text = inflate(buffer, entry).toString("utf8");
    if (entry.fileName === BODY) {
      const depth = tableDepth(text);
      if (depth > limits.tableDepth)
        throw new Refused(
          readError("TOO_COMPLEX", `表格嵌套 ${depth} 层，上限 ${limits.tableDepth} 层`),
        );
    }
    parts.xml.set(entry.fileName, text);
  }
  return parts;
}

/**
 * A .docx's XML parts, unpacked once (mammoth reads them from here, not from its own unzip),
 * or a ReadError: parts past the limits (a zip bomb) or tables nested too deep are refused
 * before anything is parsed, and a zip that cannot be read is DOCX_CORRUPT.
 */
export async function unpackDocx(
  bytes: Uint8Array,
  limits: DocxLimits = DOCX_LIMITS,
): Promise<DocxParts | ReadError> {
  let zip: ZipFile | null = null;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true });
    return await unpack(zip, buffer, limits);
  } catch (e) {
    if (e instanceof Refused) return e.error;
    const message = e instanceof Error ? e.message : String(e);
    return readError("DOCX_CORRUPT", `压缩包不完整或已损坏（${message.slice(0, 120)}）`);
  } finally {
    zip?.close();
  }
}
