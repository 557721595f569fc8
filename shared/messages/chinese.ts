/**
 * Latin words a Chinese sentence of nianbao may hold: file formats, the programs that make them
 * and nianbao's own name, which an inspector reads as they are printed.
 */
export const LATIN_ALLOWED = new Set([
  "NIANBAO",
  "HTTP",
  "PDF",
  "DOCX",
  "DOC",
  "WPS",
  "TXT",
  "HTML",
  "HTM",
  "MHTML",
  "MHT",
  "XLSX",
  "OCR",
  "WORD",
  "EXCEL",
  "SHA",
  "MB",
  "KB",
  "GB",
  "UTF",
  "GBK",
  "GB18030",
]);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * Whether a sentence can be shown to the inspector as it is: it is written in Chinese and holds
 * no Latin word but a format name (no English library message, no developer code).
 */
export function isChineseText(s: string): boolean {
  if (!CJK.test(s)) return false;
  const words = s.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? [];
  return words.every((w) => LATIN_ALLOWED.has(w.toUpperCase()));
}
