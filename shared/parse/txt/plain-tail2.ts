import { T2_BLOCKS } from "../../templates/table2.js";
import { labelKey } from "../../text/normalize.js";
import type { TextLine } from "./text-lines.js";
import { BARE_VALUE } from "./bare-value.js";

/** Table 二's column heads (either template), as keys. */
const HEADS = [
  ...new Set(Object.values(T2_BLOCKS).flatMap((blocks) => blocks.flatMap((b) => b.columns))),
].map((c) => labelKey(c.label));
/** How many values each template's table 二 prints. */
const CELLS = new Set(
  Object.values(T2_BLOCKS).map((blocks) =>
    blocks.reduce((n, b) => n + b.rows.length * b.columns.length, 0),
  ),
);

const isValue = (l: TextLine) => BARE_VALUE.test(l.text.trim());

/**
 * How many of table 三's first lines (`three`, after its heading) are table 二's last values:
 * poppler may print the next section's heading before the right column of table 二's last rows
 * (三、收到和处理… / 19.7759, or 金 / 额（单 / 22.8391 / 位 …: the fee's amount under its head's
 * last characters). Those lines hold nothing but values and pieces of table 二's column heads,
 * and only they make table 二's values as many as its template's cells: table 二's lines alone
 * print fewer. 0 where they do not.
 */
export function table2Tail(
  lines: readonly TextLine[],
  two: readonly number[],
  three: readonly number[],
): number {
  const count = (at: readonly number[]) => at.filter((i) => isValue(lines[i] as TextLine)).length;
  let n = 0;
  for (const i of three) {
    const l = lines[i] as TextLine;
    const key = labelKey(l.text);
    if (!isValue(l) && key && !HEADS.some((h) => h.includes(key))) break;
    n++;
  }
  // The tail ends at its last value.
  while (n > 0 && !isValue(lines[three[n - 1] as number] as TextLine)) n--;
  const own = count(two);
  const tail = count(three.slice(0, n));
  return tail && !CELLS.has(own) && CELLS.has(own + tail) ? n : 0;
}
