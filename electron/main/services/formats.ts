import type { Format } from "../../../shared/model/report.js";

/** The format a file's bytes are in (magic numbers first, the extension as a hint). */
export function sniffFormat(bytes: Uint8Array, name: string): Format | null {
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head === "%PDF-") return "pdf";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "docx";
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === "txt" || ext === "text" || ext === "md") return "txt";
  if (ext === "docx") return "docx";
  if (ext === "pdf") return "pdf";
  return null;
}

export function extensionFormat(name: string): Format | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === "txt" || ext === "docx" || ext === "pdf" ? ext : null;
}
