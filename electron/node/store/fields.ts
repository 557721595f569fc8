/** Readers of loosely typed saved values: each returns the value if it has the right type, else the default. */

export function rec(x: unknown): Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x)
    ? (x as Record<string, unknown>)
    : {};
}

export function arr<T = unknown>(x: unknown): T[] {
  return Array.isArray(x) ? (x as T[]) : [];
}

export function str(x: unknown, fallback = ""): string {
  return typeof x === "string" ? x : fallback;
}

export function strOrNull(x: unknown): string | null {
  return typeof x === "string" ? x : null;
}

export function num(x: unknown, fallback: number): number {
  return typeof x === "number" && Number.isFinite(x) ? x : fallback;
}

export function numOrNull(x: unknown): number | null {
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}

export function oneOf<T extends string>(x: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(x as T) ? (x as T) : fallback;
}

/** Maps each entry of a saved record, dropping the entries `f` rejects (returns null for). */
export function mapRecord<T>(
  x: unknown,
  f: (v: Record<string, unknown>) => T | null,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(rec(x))) {
    const mapped = f(rec(v));
    if (mapped !== null) out[k] = mapped;
  }
  return out;
}
