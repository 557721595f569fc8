import type { SourceCell } from "../source.js";
import { T3_ROWS } from "../../templates/table3.js";
import { labelKey } from "../../text/normalize.js";

/** Table 三's labels as keys: its rows' and its groups' (三、本年度办理结果, （三）不予公开 …). */
const LABELS = [
  ...new Set([
    ...Object.values(T3_ROWS).flatMap((rows) => rows.map((r) => labelKey(r.label))),
    ...["本年度办理结果", "不予公开", "无法提供", "不予处理", "其他处理"],
  ]),
];

/** The groups as printed, numbers and all: a group's number may print on a line of its own (三 / 、). */
const GROUPS = [
  "三、本年度办理结果",
  "（三）不予公开",
  "（四）无法提供",
  "（五）不予处理",
  "（六）其他处理",
];
const squash = (s: string) => s.replace(/\s/g, "");

/** Whether the text is the start of one of table 三's labels: by its key, or as a group prints. */
export const startsT3Label = (text: string) => {
  const key = labelKey(text);
  const printed = squash(text);
  return (
    (!!key && LABELS.some((l) => l.startsWith(key))) || GROUPS.some((g) => g.startsWith(printed))
  );
};

const textOf = (cells: readonly SourceCell[]) => cells.map((c) => c.text).join("");

/**
 * Which of the labels begun so far (the latest last) a label's next line continues. Poppler
 * prints the lines of cells side by side in turn (a group's merged cell beside its rows: 三、 /
 * 本年 / （二）部分公开…只计这一情 / 度办 形，不计其他情形）/ 理结): the latest label whose text
 * with the line is still the start of a template label takes it, else the latest one. "new": the
 * line starts a group's label no label begun takes (三 / （一）予以公开 / 、 / …, or 本年 where the
 * group's number 三、 stood alone and was left out). Null when no
 * label takes the whole line but its words, a space apart, go to different labels.
 */
export function continues(
  open: readonly { cells: SourceCell[] }[],
  line: string,
): number | "new" | null {
  const last = open.length - 1;
  for (let i = last; i >= 0; i--)
    if (startsT3Label(textOf((open[i] as { cells: SourceCell[] }).cells) + line)) return i;
  const key = labelKey(line);
  if (key && GROUPS.some((g) => g.startsWith(squash(line)))) return "new";
  // A group's name without its number (a number on a line of its own is left out: plain-split.ts).
  if (key.length > 1 && GROUPS.some((g) => labelKey(g).startsWith(key))) return "new";
  if (!/\s/.test(line.trim())) return last;
  // Words of two cells on one line (本年 法提供): each on its own, unless they all go one way.
  const words = line.trim().split(/\s+/);
  const each = words.map((w) => continues(open, w));
  return each.every((i) => i === each[0]) ? last : null;
}
