import type { SourceRow } from "../source.js";
import { squash } from "../keys.js";
import { parseNumber as chineseNumber } from "../../text/numerals.js";

const DATE =
  /^((?:19|20)\d{2}|[二〇零○一三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,2})月(\d{1,2}|[一二三四五六七八九十]{1,3})日$/u;
/** 2021-01-28, 2021.1.28, 2021/1/28: a date printed in figures only. */
const FIGURES = /^((?:19|20)\d{2})([-./])(\d{1,2})\2(\d{1,2})$/u;
/** The body and the date on one line, set apart by white space (a right-aligned 落款 copied as one). */
const SIGNED = /^\s*(\S[^。，；：:,;]{1,29}?)\s+(\S+)\s*$/u;

export interface Closing {
  published: string | null;
  signature: string | null;
}

function rowText(r: SourceRow): string {
  const only = r.cells.length === 1 ? r.cells[0] : undefined;
  return squash(only ? only.text : r.cells.map((c) => c.text).join(""));
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The date printed at the end of the report and the issuing body above it (落款). */
export function findClosing(rows: SourceRow[]): Closing {
  // The last ten rows that print something, each row's text worked out once.
  const tail: string[] = [];
  const raw: string[] = [];
  for (let i = rows.length - 1; i >= 0 && tail.length < 10; i--) {
    const r = rows[i] as SourceRow;
    const t = rowText(r);
    if (t === "") continue;
    tail.unshift(t);
    raw.unshift(r.cells.map((c) => c.text).join(" "));
  }
  for (let i = tail.length - 1; i >= 0; i--) {
    const t = tail[i] as string;
    let published = dateOf(t);
    let p = tail[i - 1] ?? "";
    if (published === undefined) {
      const one = SIGNED.exec(raw[i] ?? "");
      published = one ? dateOf(squash(one[2] ?? "")) : undefined;
      if (published === undefined) continue;
      p = squash(one?.[1] ?? "");
    }
    const signature = p && p.length <= 30 && !/[。，；：:]/.test(p) ? p : null;
    return { published, signature };
  }
  return { published: null, signature: null };
}

/** The date a line prints alone (null when it is no calendar day), or undefined if it is none. */
function dateOf(t: string): string | null | undefined {
  const m = DATE.exec(t);
  if (m) {
    const y = chineseNumber(m[1] ?? "");
    const mo = chineseNumber(m[2] ?? "");
    const d = chineseNumber(m[3] ?? "");
    return y !== null && mo !== null && d !== null ? iso(y, mo, d) : null;
  }
  const f = FIGURES.exec(t);
  return f ? iso(Number(f[1]), Number(f[3]), Number(f[4])) : undefined;
}
