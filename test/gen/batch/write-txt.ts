import { serialise, type TxtLayout } from "../render-txt.js";
import type { Random } from "../random.js";
import type { Block } from "./document.js";
import { encodeGb18030 } from "./gb18030.js";

const LAYOUTS: TxtLayout[] = ["tabs", "pipes", "markdown-pipes", "cells", "lines"];

/** Plain text in one of the layouts real reports come in, UTF-8 or GB18030. */
export function writeTxt(blocks: Block[], rng: Random, encoding: "utf-8" | "gb18030"): Uint8Array {
  const layout = rng.pick(LAYOUTS);
  const markdown = layout === "markdown-pipes" || rng.chance(0.2);
  const fullWidth = rng.chance(0.15);
  const lines = blocks.flatMap((b) => {
    if (b.kind === "table")
      return serialise(b.rows, { layout, fullWidth, blankLines: rng.chance(0.2) });
    if (b.kind === "title") return [`${markdown ? "# " : ""}${b.text}`, ""];
    if (b.kind === "heading") return [`${markdown ? "## " : ""}${b.text}`];
    return [b.text];
  });
  const text = lines.join(rng.chance(0.3) ? "\r\n" : "\n");
  return encoding === "utf-8" ? new TextEncoder().encode(text) : encodeGb18030(text);
}
