import type { Browser, Page } from "playwright-core";

/**
 * A page's text as Chrome hands it on: the whole page selected and copied (Ctrl+A, Ctrl+C; the
 * clipboard's text is the selection's, a paragraph a block, a table cell's paragraphs apart and
 * its blank cells gone) and the page's innerText (each cell's paragraphs, then a line of tabs
 * before the next cell, one tab for each cell passed).
 */
export async function pageCopies(
  browser: Browser,
  html: string,
): Promise<{ copy: string; innerText: string }> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: "load" });
    return await copiesOf(page);
  } finally {
    await page.close();
  }
}

/** The copies of a page open in the browser. */
export async function copiesOf(page: Page): Promise<{ copy: string; innerText: string }> {
  // The selection's text is the clipboard's (Ctrl+A, Ctrl+C), asked without a clipboard.
  const copy = await page.evaluate<string>(
    "(() => { const s = getSelection(); s.selectAllChildren(document.body); return s.toString(); })()",
  );
  const innerText = await page.locator("body").innerText();
  return { copy, innerText };
}

/**
 * A page's blank cells as empty cells (`<td></td>`, as mammoth and most editors write them)
 * where `which` says, in place of a paragraph of a no-break space: Chrome's copy leaves them out.
 */
export function emptyBlankCells(html: string, which: (k: number) => boolean): string {
  let k = 0;
  return html.replace(/<td([^>]*)><p>&nbsp;<\/p><\/td>/g, (cell, attrs: string) =>
    which(k++) ? `<td${attrs}></td>` : cell,
  );
}

/**
 * A page's cells written without paragraphs where `which` says (`<td>text</td>`, a cell of
 * several paragraphs as lines parted by `<br>`, a blank one empty), as pages typed in a site's
 * editor hold them: Chrome copies such cells as tab rows.
 */
export function bareCells(html: string, which: (k: number) => boolean): string {
  let k = 0;
  return html.replace(/<td([^>]*)>((?:<p>.*?<\/p>)*)<\/td>/g, (cell, attrs: string, ps: string) =>
    which(k++)
      ? `<td${attrs}>${ps
          .replace(/<p>&nbsp;<\/p>/g, "")
          .replace(/<\/p><p>/g, "<br>")
          .replace(/<\/?p>/g, "")}</td>`
      : cell,
  );
}

/** A page's cells holding their paragraphs as blocks (`<div>`), not `<p>`. */
export const divCells = (html: string): string => html.replace(/<(\/?)p>/g, "<$1div>");
