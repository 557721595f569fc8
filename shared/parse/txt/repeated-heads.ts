import type { AlignedLine } from "./aligned-line.js";

/**
 * What a line is to a table: a section heading, a line of values, other text, a line that ends
 * a repeat (prose), or nothing (blank, page furniture).
 */
export type HeadKind = "heading" | "values" | "text" | "stop" | "other";

interface Line {
  text: string;
}

const key = (l: Line) => l.text.trim().replace(/\s+/g, " ");

/**
 * A table's head rows printed again at the top of the next page (Word's and WPS's 标题行重复):
 * a run of lines between two value lines that repeats, in order, two or more lines of the text
 * printed above the table's first value line (or the whole of a one-line head). Such lines are
 * page furniture: a row split by the page break reads on across them. The lines' indices.
 */
export function repeatedHeads(lines: readonly Line[], kind: (i: number) => HeadKind): Set<number> {
  const out = new Set<number>();
  let head: string[] = [];
  let values = false;
  let before: HeadKind = "other";
  for (let i = 0; i < lines.length; i++) {
    const k = kind(i);
    if (k === "heading") {
      head = [];
      values = false;
    } else if (k === "values") values = true;
    else if (k === "text" && !values) head.push(key(lines[i] as Line));
    else if (k === "text" && head.length) {
      const run = repeatAt(lines, i, head, kind);
      // After the numbers the page ends on, or from the head's first line: never a block's own
      // head under its name (table 四 printed in three blocks, 行政复议 / 结果维持 …).
      const top = head[0] === key(lines[i] as Line);
      if (run.length >= Math.min(2, head.length) && (before === "values" || top)) {
        for (const j of run) out.add(j);
        i = run[run.length - 1] as number;
      }
    }
    if (k !== "other") before = k;
  }
  return out;
}

/** The lines from `i` on (other lines skipped) that repeat consecutive lines of `head`. */
function repeatAt(
  lines: readonly Line[],
  i: number,
  head: readonly string[],
  kind: (i: number) => HeadKind,
): number[] {
  let at = head.indexOf(key(lines[i] as Line));
  const run: number[] = [];
  for (let j = i; j < lines.length && at >= 0 && at < head.length; j++) {
    const k = kind(j);
    if (k === "other") continue;
    if (k !== "text" || key(lines[j] as Line) !== head[at]) break;
    run.push(j);
    at++;
  }
  return run;
}

/** Marks the repeated head lines of a space-aligned text as page furniture. */
export function dropRepeatedHeads(lines: AlignedLine[]): void {
  const kinds = lines.map(
    (l): HeadKind =>
      l.kind === "heading" || l.kind === "values" || l.kind === "text" ? l.kind : "other",
  );
  for (const j of repeatedHeads(lines, (i) => kinds[i] as HeadKind))
    Object.assign(lines[j] as AlignedLine, { kind: "page", labels: [] });
}
