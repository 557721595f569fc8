import { isReadError, readError, type ReadError } from "../../../shared/model/errors.js";
import type { DocxContent } from "../../../shared/parse/docx/content.js";
import { treeContent, treePictures } from "../../../shared/parse/index.js";
import type { DocxNode } from "../../../shared/parse/docx/tree.js";
import type { Picture } from "./picture.js";
import { readMammothTree } from "./mammoth-tree.js";
import { unpackDocx } from "./zip-guard.js";

export const MAX_DOCX_BYTES = 50 * 1024 * 1024;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Why the bytes cannot be a .docx before unzipping them, or null when they may be one. */
function notZip(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return null;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return "这是旧版 Word（.doc）文件或加密的文档，请在 Word 中另存为 .docx 后再导入";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "文件内容是 PDF，不是 Word 文档";
  return "文件不是 zip 格式";
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/main document part/i.test(message)) return "压缩包中没有 Word 正文，不是 Word 文档";
  if (/central directory|corrupted zip|end of data|invalid zip/i.test(message))
    return "压缩包不完整或已损坏（文件可能被截断）";
  return `文档内容无法解析（${message.slice(0, 120)}）`;
}

/** Reads a .docx with mammoth; a file that is not a readable Word document is a ReadError. */
export async function readDocx(bytes: Uint8Array): Promise<DocxContent | ReadError> {
  if (bytes.length === 0) return readError("EMPTY_FILE");
  if (bytes.length > MAX_DOCX_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return readError("FILE_TOO_LARGE", `${mb} MB，上限为 50 MB`);
  }
  const why = notZip(bytes);
  if (why) return readError("DOCX_CORRUPT", why);
  const parts = await unpackDocx(bytes);
  if (isReadError(parts)) return parts;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { document, resolveNote } = await readMammothTree(buffer, parts);
    return treeContent(document, resolveNote);
  } catch (error) {
    return readError("DOCX_CORRUPT", describe(error));
  }
}

/** An image node of mammoth's tree (lib/documents.js Image): its bytes are read on demand. */
interface MammothImage extends DocxNode {
  readAsArrayBuffer?: () => PromiseLike<ArrayBuffer | Uint8Array>;
}

/** Beyond this a picture's part is not read (a screenshot of a table is well under it). */
const MAX_PICTURE_BYTES = 30 * 1024 * 1024;

/**
 * The pictures of a .docx read before (the same bytes, so the same numbering as the picture
 * blocks of its content), each read from word/media when asked; [] when it cannot be read.
 */
export async function docxPictures(bytes: Uint8Array): Promise<Picture[]> {
  const parts = await unpackDocx(bytes);
  if (isReadError(parts)) return [];
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { document, resolveNote } = await readMammothTree(buffer, parts);
  return treePictures(document, resolveNote).pictures.map((node: MammothImage) => ({
    bytes: async () => {
      // A linked picture (outside the file) is never fetched: mammoth refuses to read it.
      const data = await Promise.resolve(node.readAsArrayBuffer?.()).catch(() => undefined);
      return data && data.byteLength <= MAX_PICTURE_BYTES ? new Uint8Array(data) : null;
    },
  }));
}
