import type { ParamValue } from "../model/finding.js";

export type Params = Record<string, ParamValue>;

export const str = (p: Params, k: string): string => {
  const v = p[k];
  return v === null || v === undefined ? "" : String(v);
};

export const int = (p: Params, k: string): number => {
  const v = p[k];
  return typeof v === "number" ? v : Number(v ?? 0);
};

export const list = (p: Params, k: string): (string | number)[] => {
  const v = p[k];
  return Array.isArray(v) ? [...(v as readonly (string | number)[])] : [];
};

/** Numbers as printed in messages: -25, 5313.9461, +1 for signed columns. */
export function fmt(n: string | number, signed = false): string {
  const v = Number(n);
  return signed && v > 0 ? `+${v}` : String(v);
}

/** A short list: 自然人、商业企业 or 自然人…其他 when longer than three. */
export function brief(items: readonly string[]): string {
  return items.length > 3 ? `${items[0]}…${items[items.length - 1]}` : items.join("、");
}
