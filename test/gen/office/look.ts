import { Random } from "../random.js";

/** How a word processor lays a report's tables out: the things that vary between real files. */
export interface Look {
  /** Vertical alignment of every body cell (Word's default is top; WPS's template centres). */
  valign: "top" | "center" | "bottom";
  /** Table text size in points. */
  size: number;
  /** Column heads written as two or three paragraphs (商业 / 企业, 结果 / 纠正), as WPS's template does. */
  splitHeads: boolean;
  /** Extra space between the characters of column heads, in points (商 业 企 业). */
  headSpacing: number;
  /** Heads spread over their cell's width (分散对齐). */
  distributeHeads: boolean;
  /** Table 三's head rows printed again on each page (重复标题行). */
  repeatHeader: boolean;
  /** Width of the group label column in characters: 7 fills it with （四）无法提供, 6 wraps it. */
  groupChars: number;
  /** Width of the row label column in characters (the long labels wrap over several lines). */
  rowChars: number;
  /** Paragraphs of prose before table 三: moves the page break through its rows. */
  filler: number;
}

export const LOOKS = {
  /** WPS 文字's template: centred cells, heads letter-spaced and in two paragraphs, repeated. */
  wps: {
    valign: "center",
    size: 9,
    splitHeads: true,
    headSpacing: 2,
    distributeHeads: false,
    repeatHeader: true,
    groupChars: 4,
    rowChars: 11,
    filler: 3,
  },
  /** Word's defaults: top-aligned cells, labels that fill their column exactly. */
  word: {
    valign: "top",
    size: 10,
    splitHeads: false,
    headSpacing: 0,
    distributeHeads: false,
    repeatHeader: false,
    groupChars: 7,
    rowChars: 9,
    filler: 5,
  },
  /** Bottom-aligned cells, heads spread over narrow columns, group labels wrapping. */
  bottom: {
    valign: "bottom",
    size: 9,
    splitHeads: false,
    headSpacing: 0,
    distributeHeads: true,
    repeatHeader: false,
    groupChars: 6,
    rowChars: 10,
    filler: 7,
  },
} satisfies Record<string, Look>;

/** A look drawn at random, for generated families beyond the checked-in ones. */
export function randomLook(seed: number): Look {
  const rng = new Random(seed);
  return {
    valign: rng.pick(["top", "center", "bottom"] as const),
    size: rng.pick([9, 10, 10.5]),
    splitHeads: rng.chance(0.5),
    headSpacing: rng.pick([0, 0, 1.5, 3]),
    distributeHeads: rng.chance(0.3),
    repeatHeader: rng.chance(0.5),
    groupChars: rng.int(4, 7),
    rowChars: rng.int(8, 13),
    filler: rng.int(0, 12),
  };
}
