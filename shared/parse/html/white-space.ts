/** How a browser shows a page's white space (CSS Text 3), for the text the page walk collects. */

const CJK = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef";
/** A Chinese character (or CJK punctuation, full-width form) starting right at lastIndex. */
const CJK_AT = new RegExp(`[${CJK}]`, "uy");

/** HTML white space: space, tab, line feed, carriage return, form feed; no-break space too. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xa0;
}

/** White space other than single spaces: a tab, a line break, a no-break space or two spaces. */
function collapsible(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Past U+0020 only the no-break space is white space.
    if (c > 0x20 && c !== 0xa0) continue;
    if (c === 0x20 ? s.charCodeAt(i + 1) === 0x20 : isSpace(c)) return true;
  }
  return false;
}

export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

function cjkAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  // Every character of the class is at U+2E80 or above: ASCII and Latin skip the pattern; so do
  // CJK punctuation, full-width forms and the ideographs of Unicode 1.1, all of the class.
  if (c < 0x2e80) return false;
  if ((c >= 0x4e00 && c <= 0x9fa5) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef))
    return true;
  CJK_AT.lastIndex = i;
  return CJK_AT.test(s);
}

/** Where the code point that ends right before `i` starts. */
function before(s: string, i: number): number {
  const low = s.charCodeAt(i - 1);
  const high = s.charCodeAt(i - 2);
  return low >= 0xdc00 && low < 0xe000 && high >= 0xd800 && high < 0xdc00 ? i - 2 : i - 1;
}

/**
 * HTML white space collapsed as a browser shows it; no-break spaces count as spaces. Each run
 * of white space shows as one space, or as nothing where it breaks the line between two Chinese
 * characters (CSS Text 3).
 */
export function collapse(raw: string): string {
  // Most text of a page has no white space to collapse: only its ends are trimmed.
  if (!collapsible(raw)) return raw.trim();
  let out = "";
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    if (!isSpace(raw.charCodeAt(i))) continue;
    let end = i;
    let lineBreak = false;
    for (; end < raw.length && isSpace(raw.charCodeAt(end)); end++) {
      const c = raw.charCodeAt(end);
      if (c === 0x0a || c === 0x0d) lineBreak = true;
    }
    if (end - i === 1 && raw.charCodeAt(i) === 0x20) continue;
    const joined = lineBreak && i > 0 && cjkAt(raw, before(raw, i)) && cjkAt(raw, end);
    out += raw.slice(from, i) + (joined ? "" : " ");
    from = end;
    i = end - 1;
  }
  return (out + raw.slice(from)).trim();
}
