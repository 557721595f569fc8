/**
 * Characters of a Chinese report's text: Han, ASCII, CJK and fullwidth punctuation, general
 * punctuation, and the radicals some fonts name in place of ideographs.
 */
const READABLE =
  /[\p{Script=Han}\u0020-\u007E\u2000-\u206F\u2E80-\u2FDF\u3000-\u303F\uFF00-\uFFEF\s]/u;
/** Characters every 政府信息公开 report prints many times over. */
const COMMON = /[的年公开信息政府]/u;
/** Below this many characters a text says too little to be judged. */
const MIN_CHARS = 200;
/** A readable share under this is a font's glyph numbers, not text. */
const MIN_READABLE = 0.8;

/**
 * Whether a PDF's text layer is glyph numbers read as characters (a font embedded without a
 * ToUnicode map: copying its text gives 乱码): mostly characters of other scripts and symbols,
 * or Han characters none of which is one every report prints.
 */
export function garbledText(s: string): boolean {
  let all = 0;
  let readable = 0;
  let han = 0;
  let common = false;
  for (const ch of s) {
    if (ch.trim() === "") continue;
    all++;
    if (READABLE.test(ch)) readable++;
    if (ch >= "\u4E00" && ch <= "\u9FFF") {
      han++;
      common ||= COMMON.test(ch);
    }
  }
  if (all < MIN_CHARS) return false;
  return readable / all < MIN_READABLE || (han >= MIN_CHARS && !common);
}
