const PLACE = /(?:省|自治区|市|自治州|州|盟|县|自治县|区|旗)$/u;
const ABBREVIATIONS: Record<string, string> = { 政府办: "政府办公室", 府办: "政府办公室" };

/**
 * The issuing body: the title's words before the year; a bare place name stands for its
 * people's government (紫阳县 → 紫阳县人民政府); an abbreviation (政府办) is completed from the
 * 落款 or the text.
 */
export function resolveAgency(titleBody: string, signature: string | null, text: string): string {
  const body = titleBody.replace(/^关于/u, "").replace(/(?:关于)?的?$/u, "");
  if (!body) return signature ?? "";
  if (PLACE.test(body)) return `${body}人民政府`;
  if (/(?:镇|乡)$/u.test(body)) return `${body}人民政府`;
  if (/街道$/u.test(body)) return `${body}办事处`;
  const full = ABBREVIATIONS[body];
  if (full) {
    if (signature?.endsWith(full)) return signature;
    const m = new RegExp(`[县市区旗州]?${full}`, "u").exec(text);
    if (m) return m[0];
  }
  return body;
}
