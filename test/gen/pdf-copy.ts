/**
 * A PDF viewer's copy of a page: every label and every number on a line of its own, as pdf.js
 * and most viewers give the text of a table whose cells are separate text runs. Made from a
 * PDF's text in content order (pdftotext -raw: a row's cells on one line, one space apart).
 */
export function oneTokenPerLine(contentOrder: string): string {
  const out: string[] = [];
  for (const line of contentOrder.replace(/\f/g, "\n").split("\n")) {
    let label: string[] = [];
    for (const token of line.split(" ")) {
      if (!/^[+-]?\d[\d,.]*%?$/.test(token)) {
        label.push(token);
        continue;
      }
      if (label.length) out.push(label.join(" "));
      label = [];
      out.push(token);
    }
    if (label.length) out.push(label.join(" "));
  }
  return out.join("\n");
}
