import type { Finding } from "./finding.js";

// FNV-1a, 64 bits (http://www.isthe.com/chongo/tech/comp/fnv/): small, well known, no crypto.
const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** FNV-1a 64 of the string's UTF-16 code units, as 16 hex digits. */
export function fnv1a64(s: string): string {
  let h = OFFSET;
  for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i))) * PRIME) & MASK;
  return h.toString(16).padStart(16, "0");
}

/**
 * What a finding names: its cells, or, for one that names no cell (S07 of table 三 and of
 * table 四), where its text is.
 */
function names(f: Finding): string {
  const at = f.cells.length === 0 ? f.spans[0] : undefined;
  return at ? `|@${at[0]}` : f.cells.join(",");
}

const DIGEST = /^#[0-9a-f]{16}$/;

/** rule|code|#digest of what the finding names: short whatever it covers (C01 over a table). */
const idOf = (rule: string, code: string, named: string) => `${rule}|${code}|#${fnv1a64(named)}`;

const known = new WeakMap<Finding, string>();

/** A finding's identity across re-checks; verdicts are keyed by it. */
export function findingKey(f: Finding): string {
  const hit = known.get(f);
  if (hit !== undefined) return hit;
  const key = idOf(f.rule, f.code, names(f));
  known.set(f, key);
  return key;
}

/**
 * The identity of a key as saved by any version: audits before version 3 keyed a verdict by
 * rule|code|cells (or rule|code||@offset); today's keys are returned as they are.
 */
export function currentKey(key: string): string {
  const first = key.indexOf("|");
  const second = first < 0 ? -1 : key.indexOf("|", first + 1);
  if (second < 0) return key;
  const named = key.slice(second + 1);
  if (DIGEST.test(named)) return key;
  return idOf(key.slice(0, first), key.slice(first + 1, second), named);
}
