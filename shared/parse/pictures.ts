import type { OcrPage } from "../model/scan.js";
import { findArticle } from "./html/article.js";
import type { ReaderInput } from "./input.js";

export type PictureInput = Extract<ReaderInput, { kind: "docx" | "html" | "mhtml" }>;

/** A .docx or a saved page: the formats whose pictures stand among the text's blocks. */
export const hasPictureBlocks = (input: ReaderInput): input is PictureInput =>
  input.kind === "docx" || input.kind === "html" || input.kind === "mhtml";

/**
 * The pictures the reader reads the document with, by number, in reading order: a .docx's
 * every picture (body and notes), a page's within the report (a portal's banners and logos are
 * outside it).
 */
export function textPictures(input: PictureInput): number[] {
  const blocks =
    input.kind === "docx" ? input.content.blocks : findArticle(input.content.blocks).blocks;
  return blocks.flatMap((b) => (b.kind === "picture" ? [b.picture] : []));
}

/**
 * The document with what the recogniser read of its pictures, each where it stands; with `all`
 * (every picture that may be a table was recognised), its pictures are no longer unread.
 */
export function withSeen(
  input: PictureInput,
  seen: ReadonlyMap<number, OcrPage>,
  all: boolean,
): PictureInput {
  const see = <B extends { kind: string; picture?: number }>(b: B): B => {
    const page = b.kind === "picture" && b.picture !== undefined ? seen.get(b.picture) : undefined;
    return page ? { ...b, seen: page } : b;
  };
  if (input.kind === "docx") {
    const { pictures, ...rest } = input.content;
    const content = { ...rest, blocks: input.content.blocks.map(see) };
    return { kind: "docx", content: all || !pictures ? content : { ...content, pictures } };
  }
  const blocks = input.content.blocks.map(see);
  const images = all ? [] : input.content.images;
  return { kind: input.kind, content: { ...input.content, blocks, images } };
}
