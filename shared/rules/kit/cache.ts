const LIMIT = 512;

/**
 * Remembers recent calls by their arguments' values (texts, numbers). Text rules depend on the
 * text only, so a cell edit re-checks every report of the audit without re-reading its text.
 * The least recently used results beyond LIMIT are dropped.
 */
export function cached<A extends readonly (string | number | null)[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    const key = args.join("\u0000");
    if (cache.has(key)) {
      const hit = cache.get(key) as R;
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const result = fn(...args);
    cache.set(key, result);
    if (cache.size > LIMIT) cache.delete(cache.keys().next().value as string);
    return result;
  };
}
