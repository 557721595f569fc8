/** A page number as printed in a footer: `-3-`, `— 3 —`, `第 3 页`, `第3页 共5页`, `3 / 5`. */
const PAGE_NUMBER = [
  /^[-—–－_~]+\s*\d{1,4}\s*[-—–－_~]+$/u,
  /^第\s*\d{1,4}\s*页\s*[,，]?\s*(?:共\s*\d{1,4}\s*页)?$/u,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/u,
];

/** Whether a line is a page's number; a bare number only when it stands next to a page break. */
export function isPageNumber(line: string, nextToBreak: boolean): boolean {
  const t = line.trim();
  return PAGE_NUMBER.some((p) => p.test(t)) || (nextToBreak && /^\d{1,4}$/.test(t));
}
