import { execFileSync } from "node:child_process";
import type { Browser } from "playwright-core";

/** The rules of a page's tables removed, as a portal styled without borders prints them. */
export const NO_RULES = "table, td, th { border: none !important; }";

/** A page printed to PDF by Chrome (A4, as 另存为PDF does), its tables' rules drawn or not. */
export async function printToPdf(
  browser: Browser,
  html: string,
  rules: boolean,
): Promise<Uint8Array> {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: "load" });
  if (!rules) await page.addStyleTag({ content: NO_RULES });
  const pdf = await page.pdf({ format: "A4" });
  await page.close();
  return new Uint8Array(pdf);
}

/** A saved page file printed to PDF by Chrome (A4), its tables' rules drawn or not. */
export async function printFile(
  browser: Browser,
  path: string,
  rules: boolean,
): Promise<Uint8Array> {
  const page = await browser.newPage();
  await page.goto(`file://${path}`);
  if (!rules) await page.addStyleTag({ content: NO_RULES });
  const pdf = await page.pdf({ format: "A4" });
  await page.close();
  return new Uint8Array(pdf);
}

/** `pdftotext -layout` of a PDF (poppler-utils), the text an inspector copies out of it. */
export function layoutText(pdf: Uint8Array): string {
  return execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", "-", "-"], {
    input: pdf,
    maxBuffer: 1 << 26,
  }).toString("utf8");
}
