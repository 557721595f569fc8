import type { AlignedLine } from "./aligned-line.js";

const key = (l: AlignedLine) => l.text.trim().replace(/\s+/g, " ");

/**
 * A table's head rows printed again at the top of the next page (Word's and WPS's 标题行重复):
 * a run of lines between two value lines that repeats, in order, two or more lines of the text
 * printed above the table's first value line (or the whole of a one-line head). Such lines are
 * page furniture: a row split by the page break reads on across them.
 */
export function dropRepeatedHeads(lines: AlignedLine[]): void {
  let head: string[] = [];
  let values = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as AlignedLine;
    if (l.kind === "heading") {
      head = [];
      values = false;
    } else if (l.kind === "values") values = true;
    else if (l.kind === "text" && !values) head.push(key(l));
    else if (l.kind === "text" && head.length) {
      const run = repeatAt(lines, i, head);
      if (run.length >= Math.min(2, head.length)) {
        for (const j of run) Object.assign(lines[j] as AlignedLine, { kind: "page", labels: [] });
        i = run[run.length - 1] as number;
      }
    }
  }
}

/** The lines from `i` on (blank lines skipped) that repeat consecutive lines of `head`. */
function repeatAt(lines: readonly AlignedLine[], i: number, head: readonly string[]): number[] {
  let at = head.indexOf(key(lines[i] as AlignedLine));
  const run: number[] = [];
  for (let j = i; j < lines.length && at >= 0 && at < head.length; j++) {
    const l = lines[j] as AlignedLine;
    if (l.kind === "blank" || l.kind === "page") continue;
    if (l.kind !== "text" || key(l) !== head[at]) break;
    run.push(j);
    at++;
  }
  return run;
}
