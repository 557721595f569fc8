import type { PlaceTier } from "../model/rule-pack.js";
import { places } from "./level.js";

interface Named {
  /** The name without spacing, punctuation, width or the 人民 of 人民政府. */
  flat: string;
  /** The places it runs through, outermost first, each with its own words (淮安市, 洪泽区). */
  chain: { name: string; tier: PlaceTier }[];
  /** What follows the innermost place: 政府, 教育局. */
  body: string;
}

const seen = new Map<string, Named>();

function named(name: string): Named {
  const hit = seen.get(name);
  if (hit) return hit;
  // Every pair of an audit's reports is compared: each name is read once.
  if (seen.size > 10_000) seen.clear();
  const flat = name
    .normalize("NFKC")
    .replace(/[\s\p{P}]+/gu, "")
    .replace(/人民政府/gu, "政府");
  let from = 0;
  const chain = places(flat).map((p) => {
    const place = { name: flat.slice(from, p.end), tier: p.tier };
    from = p.end;
    return place;
  });
  const out = { flat, chain, body: flat.slice(from) };
  seen.set(name, out);
  return out;
}

/**
 * Whether two names are one issuing body: the same name, or the same body of the same innermost
 * place where one name also prints the places above it (洪泽区人民政府 = 淮安市洪泽区人民政府).
 * A place above that both print and that differs tells them apart (南京市鼓楼区 ≠ 福州市鼓楼区).
 */
export function sameBody(a: string, b: string): boolean {
  const x = named(a);
  const y = named(b);
  if (x.flat === "" || y.flat === "") return false;
  if (x.flat === y.flat) return true;
  const xi = x.chain[x.chain.length - 1];
  const yi = y.chain[y.chain.length - 1];
  if (!xi || !yi || xi.name !== yi.name || xi.tier !== yi.tier || x.body !== y.body) return false;
  const above = new Map(x.chain.slice(0, -1).map((p) => [p.tier, p.name]));
  return y.chain.slice(0, -1).every((p) => (above.get(p.tier) ?? p.name) === p.name);
}

/** Whether the two names print the same words (after normalising): no parent place guessed. */
export function sameName(a: string, b: string): boolean {
  const x = named(a).flat;
  return x !== "" && x === named(b).flat;
}
