import { Random } from "../../gen/random.js";

/** Characters a mutation inserts: the table separators, digits, CJK, controls and odd code points. */
const CHARS = [
  "\t",
  "\n",
  "|",
  " ",
  "0",
  "7",
  "-",
  ".",
  "，",
  "、",
  "件",
  "一",
  "（",
  "）",
  "\u0000",
  "\u00a0",
  "\u3000",
  "\ufeff",
  "\u202e",
  "😀",
  "\ufffd",
  "９",
];

type Op = (parts: string[], rng: Random, pool: readonly string[]) => void;

const at = (parts: string[], rng: Random) => rng.int(0, Math.max(0, parts.length - 1));

const LINE_OPS: Op[] = [
  (p, r, pool) => p.splice(at(p, r), 0, r.pick(pool)), // insert a line from another report
  (p, r) => p.splice(at(p, r), 1), // delete
  (p, r) => {
    const i = at(p, r);
    const j = at(p, r);
    [p[i], p[j]] = [p[j] as string, p[i] as string]; // swap
  },
  (p, r) => {
    const i = at(p, r);
    p.splice(i, 0, ...p.slice(i, i + r.int(1, 8))); // duplicate a run of lines
  },
];

function charOp(line: string, r: Random): string {
  const i = r.int(0, line.length);
  switch (r.int(0, 3)) {
    case 0:
      return line.slice(0, i) + r.pick(CHARS) + line.slice(i);
    case 1:
      return line.slice(0, i) + line.slice(i + r.int(1, 3));
    case 2:
      return line.slice(0, i) + line.slice(i + 1, i + 2) + line.slice(i, i + 1) + line.slice(i + 2);
    default:
      return (
        line.slice(0, i) + line.slice(i, i + r.int(1, 6)).repeat(2) + line.slice(i + r.int(1, 6))
      );
  }
}

/**
 * A sample report with `ops` random edits: lines inserted (from `pool`), deleted, swapped or
 * duplicated, characters inserted, deleted, swapped or duplicated. Same seed, same text.
 */
export function mutate(text: string, seed: number, ops: number, pool: readonly string[]): string {
  const r = new Random(seed);
  const lines = text.split("\n");
  for (let k = 0; k < ops; k++) {
    if (r.chance(0.5)) r.pick(LINE_OPS)(lines, r, pool);
    else if (lines.length) {
      const i = at(lines, r);
      lines[i] = charOp(lines[i] ?? "", r);
    }
  }
  return lines.join("\n");
}
