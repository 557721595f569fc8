import type { OcrContent, OcrText } from "../model/scan.js";

const LEGIBLE = /[\p{Script=Han}\d]/gu;
/** Fewer legible characters than this is no report (a blank page, a photo, a drawing). */
const MIN_CHARS = 40;
/** Below this mean confidence per character, what was read is guesswork. */
const MIN_CONFIDENCE = 50;

function texts(content: OcrContent): OcrText[] {
  return content.pages.flatMap((p) =>
    p.blocks.flatMap((b) => (b.kind === "line" ? [b.line] : b.cells.filter((c) => c.text))),
  );
}

/** Whether a scan holds legible text at all, before any table is looked for in it. */
export function legible(content: OcrContent): boolean {
  let chars = 0;
  let weight = 0;
  for (const t of texts(content)) {
    const n = t.text.match(LEGIBLE)?.length ?? 0;
    chars += n;
    weight += n * t.confidence;
  }
  return chars >= MIN_CHARS && weight / chars >= MIN_CONFIDENCE;
}
