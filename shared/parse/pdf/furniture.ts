import type { Line } from "./lines.js";
import { isValueText } from "../../text/number.js";

/** Page numbers as printed in footers and headers: "- 1 -", "1", "第1页", "第 1 页 共 5 页", "1/5". */
export const PAGE_NUMBER =
  /^(?:[-－—–·•\s]*\d{1,4}[-－—–·•\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
/** Header and footer band, as a share of the page height. */
const MARGIN = 0.12;

function text(line: Line): string {
  return line.frags.map((f) => f.text).join(" ");
}

/** Running text at the top or bottom edge: what is left once the page number is masked. */
function shape(line: Line): string {
  return text(line).replace(/\d+/g, "#");
}

function isEdge(line: Line, height: number): boolean {
  return line.y - line.h < height * MARGIN || line.y > height * (1 - MARGIN);
}

/**
 * Drops page furniture: a page number alone on the first or last line of a page, inside the
 * margin band and clear of the body, and a header/footer line repeated in one place on most
 * pages.
 */
export function dropFurniture(pages: { lines: Line[]; height: number }[]): Line[][] {
  // Where each page prints each edge line's shape: a running header or footer stands in one
  // place on every page, a table's head row printed again on the next page does not.
  const seen = new Map<string, Map<number, number[]>>();
  pages.forEach((p, i) => {
    for (const l of p.lines) {
      if (!isEdge(l, p.height)) continue;
      let byPage = seen.get(shape(l));
      if (!byPage) seen.set(shape(l), (byPage = new Map()));
      const ys = byPage.get(i);
      if (ys) ys.push(l.y);
      else byPage.set(i, [l.y]);
    }
  });
  const inPlace = (l: Line) => {
    let n = 0;
    for (const ys of seen.get(shape(l))?.values() ?? [])
      if (ys.some((y) => Math.abs(y - l.y) <= l.h)) n++;
    return n;
  };
  // A row of numbers alone is a table's, however many pages end on one (a table over pages).
  const repeated = (l: Line) =>
    pages.length >= 3 &&
    !(l.frags.length > 1 && l.frags.every((f) => isValueText(f.text))) &&
    inPlace(l) >= pages.length * 0.6;
  return pages.map(({ lines, height }) =>
    lines.filter((l, i) => {
      if (!isEdge(l, height)) return true;
      const next = i === 0 ? lines[1] : i === lines.length - 1 ? lines[i - 1] : undefined;
      // Footers float well clear of the body; a table's last value sits one row pitch below.
      const apart = !next || Math.abs(next.y - l.y) >= l.h * 2.5;
      const pageNo = apart && l.frags.length === 1 && PAGE_NUMBER.test(text(l));
      return !(pageNo || repeated(l));
    }),
  );
}
