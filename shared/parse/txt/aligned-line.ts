import type { TextLine } from "./text-lines.js";
import type { Piece } from "./spaced.js";

export type Kind = "blank" | "page" | "heading" | "prose" | "values" | "text";

/** A line of a space-aligned text with what it holds. */
export interface AlignedLine extends TextLine {
  kind: Kind;
  /** Position among the non-blank lines; a heading or prose line counts for several. */
  rank: number;
  labels: Piece[];
  values: Piece[];
  /** Part of a table (a value line, or label text near one). */
  table: boolean;
}
