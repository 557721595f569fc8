/** A cell that is one number, as a table cell printed alone on its line. */
export const BARE_VALUE = /^[+\-＋－]?[\d０-９][\d０-９,，.．]*\s*(?:万?元|件|项|个|%|％)?$/;
