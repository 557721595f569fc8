import { constants, crc32, deflateRawSync } from "node:zlib";
import { entry, zip, type ZipEntry } from "./zip.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
export const para = (text: string) =>
  `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
export const table = (rows: string[][]) =>
  `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${c.startsWith("<w:") ? c : para(c)}</w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`;

export const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;

/** A minimal .docx (content types, package relationships, the body) with `body` as its content. */
export function docx(body: string | ZipEntry): Uint8Array {
  const doc = typeof body === "string" ? entry("word/document.xml", documentXml(body)) : body;
  return zip([entry("[Content_Types].xml", CONTENT_TYPES), entry("_rels/.rels", RELS), doc]);
}

/** A table in a table … `depth` levels deep, the innermost holding one paragraph. */
export function nestedTables(depth: number): string {
  let inner = para("最内层");
  for (let i = 0; i < depth; i++) inner = table([[inner]]);
  return inner;
}

/**
 * word/document.xml that inflates to `mb` megabytes of one repeated byte from a few kilobytes:
 * the same full-flushed deflate block repeated (no back reference crosses a full flush).
 * `declared` is the size the headers claim; a lying bomb declares less than it holds.
 */
export function bombEntry(mb: number, declared?: number): ZipEntry {
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const block = deflateRawSync(chunk, { finishFlush: constants.Z_FULL_FLUSH });
  const parts: Buffer[] = [];
  let crc = 0;
  for (let i = 0; i < mb; i++) {
    parts.push(block);
    crc = crc32(chunk, crc);
  }
  parts.push(deflateRawSync(Buffer.alloc(0)));
  const stored = new Uint8Array(Buffer.concat(parts));
  return { name: "word/document.xml", stored, deflated: true, crc, size: declared ?? mb << 20 };
}
