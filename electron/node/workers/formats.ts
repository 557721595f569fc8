import type { Format } from "../../../shared/model/report.js";

const EXTENSIONS: Record<string, Format> = {
  txt: "txt",
  text: "txt",
  md: "txt",
  docx: "docx",
  pdf: "pdf",
  html: "html",
  htm: "html",
  xhtml: "html",
  shtml: "html",
  mhtml: "mhtml",
  mht: "mhtml",
  doc: "doc",
  wps: "wps",
};

function extension(name: string): string | undefined {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
}

/** The first bytes as Latin-1 (every byte one character), for looking at ASCII signatures. */
function head(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(n, bytes.length)).toString("latin1");
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * A web page archive (RFC 2557): a MIME message whose headers, before the first blank line,
 * name MIME-Version or a multipart/related body (Chrome, Edge, 360 and IE save .mhtml/.mht so).
 */
function isMhtml(start: string): boolean {
  const headers = start.split(/\r?\n\r?\n/, 1)[0] ?? "";
  return /^(?:mime-version\s*:|content-type\s*:\s*multipart\/related)/im.test(headers);
}

/** Markup at the very start (after a BOM, white space and comments): a doctype or <html>/<head>. */
function isHtml(start: string): boolean {
  const s = start.toLowerCase();
  let i = s.startsWith("\xef\xbb\xbf") ? 3 : 0;
  for (;;) {
    while (i < s.length && s.charCodeAt(i) <= 0x20) i++;
    const close = s.startsWith("<!--", i) ? "-->" : s.startsWith("<?xml", i) ? ">" : null;
    if (!close) break;
    const end = s.indexOf(close, i);
    if (end < 0) return false;
    i = end + close.length;
  }
  return ["<!doctype html", "<html", "<head"].some((tag) => s.startsWith(tag, i));
}

/** The format a file's bytes are in (magic numbers first, the extension as a hint). */
export function sniffFormat(bytes: Uint8Array, name: string): Format | null {
  const ext = extension(name);
  const start = head(bytes, 2048);
  if (start.startsWith("%PDF-")) return "pdf";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "docx";
  // OLE2 compound file: Word 97–2003 and WPS 文字 write the same container.
  if (OLE2.every((b, i) => bytes[i] === b)) return ext === "wps" ? "wps" : "doc";
  if (isMhtml(start)) return "mhtml";
  if (isHtml(start)) return "html";
  return (ext && EXTENSIONS[ext]) || null;
}

export function extensionFormat(name: string): Format | null {
  const ext = extension(name);
  return (ext && EXTENSIONS[ext]) || null;
}
