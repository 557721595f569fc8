const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  "○": 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A number as the text prints it: digits (ASCII or full-width) or Chinese numerals. */
export const NUMBER = "(?:[0-9０-９]+(?:[.．][0-9０-９]+)?万?|[零〇一二两三四五六七八九十百千万]+)";

/** 十五 → 15, 二〇二一 → 2021, 一百零五 → 105, 两千三百 → 2300, 3万 → 30000; null when not a number. */
export function parseNumber(s: string): number | null {
  const t = s.normalize("NFKC");
  const digits = /^(\d+(?:\.\d+)?)(万?)$/.exec(t);
  if (digits) return Number(digits[1]) * (digits[2] ? 10_000 : 1);
  if (/^[零〇○一二两三四五六七八九]{2,}$/u.test(t))
    return Number([...t].map((ch) => DIGIT[ch]).join(""));
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of t) {
    const d = DIGIT[ch];
    const u = UNIT[ch];
    if (d !== undefined) digit = d;
    else if (u !== undefined) {
      section += (digit ?? 1) * u;
      digit = null;
    } else if (ch === "万") {
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = null;
    } else return null;
  }
  return t ? total + section + (digit ?? 0) : null;
}
