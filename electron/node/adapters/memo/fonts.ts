import JSZip from "jszip";
import { FONTS } from "./gongwen.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** GB2312 (charset 86); family and pitch as Word records the Chinese system fonts. */
function fontEntry(name: string, altName: string): string {
  return `<w:font w:name="${name}"><w:altName w:val="${altName}"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`;
}

/**
 * The font table names each 公文 font with the one to use where it is not installed
 * (方正小标宋简体 → SimSun, 仿宋_GB2312 → FangSong …); the docx package writes none.
 */
export async function withFontTable(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const entries = Object.values(FONTS).map((f) => fontEntry(f.name, f.fallback));
  const table = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W}">${entries.join("")}<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`;
  zip.file("word/fontTable.xml", table);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
