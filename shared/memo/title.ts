/** Width in characters: digits and Latin letters take half the width of a Chinese character. */
export const widthOf = (s: string): number =>
  [...s].reduce((n, c) => n + ((c.codePointAt(0) ?? 0) < 0x2000 ? 0.5 : 1), 0);

/**
 * A title broken between its words into lines of at most `max` characters, as even as they go
 * (GB/T 9704 7.3.3: 回行时词意完整，排列对称，长短适宜).
 */
export function titleLines(parts: readonly string[], max: number): string[] {
  // A word too long for a line may break anywhere (a long agency name).
  const words = parts.flatMap((p) => (widthOf(p) > max ? [...p] : [p]));
  const total = widthOf(words.join(""));
  if (total <= max) return [words.join("")];
  const target = total / Math.ceil(total / max);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    const next = line + w;
    const over = widthOf(next) > max;
    // Close the line when the word would overflow it, or would carry it further past the target.
    const past = widthOf(next) - target > target - widthOf(line);
    if (line && (over || past)) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}
