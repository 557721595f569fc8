import type { SourceRow } from "../source.js";
import { squash } from "../keys.js";
import { parseNumber as chineseNumber } from "../../text/numerals.js";

const DATE =
  /^((?:19|20)\d{2}|[二〇零○一三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,2})月(\d{1,2}|[一二三四五六七八九十]{1,3})日$/u;

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
  for (let i = rows.length - 1; i >= 0 && tail.length < 10; i--) {
    const t = rowText(rows[i] as SourceRow);
    if (t !== "") tail.unshift(t);
  }
  for (let i = tail.length - 1; i >= 0; i--) {
    const m = DATE.exec(tail[i] as string);
    if (!m) continue;
    const y = chineseNumber(m[1] ?? "");
    const mo = chineseNumber(m[2] ?? "");
    const d = chineseNumber(m[3] ?? "");
    const published = y !== null && mo !== null && d !== null ? iso(y, mo, d) : null;
    const p = tail[i - 1] ?? "";
    const signature = p && p.length <= 30 && !/[。，；：:]/.test(p) ? p : null;
    return { published, signature };
  }
  return { published: null, signature: null };
}
