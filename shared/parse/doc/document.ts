import { docxDocument } from "../docx/rows.js";
import type { SourceDocument } from "../source.js";
import type { WordBody } from "./content.js";
import { wordContent } from "./marks.js";

/** A Word 97–2003 or WPS 文字 file as rows: its paragraphs and its tables' merged cells. */
export function docDocument(body: WordBody, format: "doc" | "wps"): SourceDocument {
  const doc = docxDocument(wordContent(body));
  return { ...doc, format };
}
