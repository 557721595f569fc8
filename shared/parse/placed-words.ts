/** A word of a run of text, where it stands on the line. */
export interface PlacedWord {
  text: string;
  x: number;
  x2: number;
}

/**
 * The words (a space apart) of a run set from `x` to `x2`, each placed by its characters' share
 * of the run: pdf.js puts the cells of a table drawn tight in one run with spaces between.
 */
export function placedWords(text: string, x: number, x2: number): PlacedWord[] {
  const per = (x2 - x) / text.length;
  return [...text.matchAll(/\S+/gu)].map((w) => ({
    text: w[0],
    x: x + w.index * per,
    x2: x + (w.index + w[0].length) * per,
  }));
}
