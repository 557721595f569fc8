import type { OcrContent } from "../model/scan.js";
import type { DocxContent } from "./docx/content.js";
import type { WordBody } from "./doc/content.js";
import type { HtmlPage } from "./html/document.js";
import type { PdfContent } from "./pdf/content.js";

/** What an adapter took out of a file: the one input of the reader, whatever the format. */
export type ReaderInput =
  | { kind: "txt"; bytes: Uint8Array }
  | { kind: "docx"; content: DocxContent }
  | { kind: "pdf"; content: PdfContent }
  | { kind: "scan"; content: OcrContent }
  | { kind: "html" | "mhtml"; content: HtmlPage }
  | { kind: "doc" | "wps"; content: WordBody };
