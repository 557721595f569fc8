import { LineRuleType } from "docx";

/** Millimetres in twips, rounded (the docx package truncates: A4 would be 11905 wide). */
const mm = (x: number): number => Math.round((x * 1440) / 25.4);

/** GB/T 9704-2012 党政机关公文格式: A4, 版心 156 mm × 225 mm. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  /** 页码一字线上距版心下边缘 7 mm; the 4号 number is about 5 mm high. */
  footer: mm(35 - 7 - 5),
};

export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Fonts by role, each with the name Word falls back to where the font is absent. */
export const FONTS = {
  title: { name: "方正小标宋简体", fallback: "SimSun" },
  body: { name: "仿宋_GB2312", fallback: "FangSong" },
  heading1: { name: "黑体", fallback: "SimHei" },
  heading2: { name: "楷体_GB2312", fallback: "KaiTi" },
  pageNumber: { name: "宋体", fallback: "SimSun" },
} as const;

export type FontRole = keyof typeof FONTS;

/** Digits and Latin letters in Times New Roman, Chinese in the role's font. */
export const fontOf = (role: FontRole) => ({
  ascii: "Times New Roman",
  hAnsi: "Times New Roman",
  eastAsia: FONTS[role].name,
  cs: FONTS[role].name,
});

/** Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 24 };

/** 3号 characters (16 pt) in twips: indents are counted in characters. */
export const CHAR = 320;

/** Exact line spacing in twips: body 28 pt, title 35 pt, tables 20 pt. */
export const LINE = {
  body: { line: 560, lineRule: LineRuleType.EXACT },
  title: { line: 700, lineRule: LineRuleType.EXACT },
  table: { line: 400, lineRule: LineRuleType.EXACT },
};
