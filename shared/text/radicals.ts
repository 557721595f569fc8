/**
 * CJK radicals a font's ToUnicode map names instead of the ideograph that shares their glyph
 * (PDFs from Chrome's print and from WPS/Word with some fonts: 人⺠政府, ⼯作). Kangxi radicals
 * (U+2F00–U+2FD5) have an NFKC form; the supplement's simplified forms (U+2E80–U+2EF3) have
 * none, so they are listed. Each maps to one BMP character: text lengths and spans stay.
 */
// The supplement's radicals and, at the same place, the ideograph each stands for.
const FROM =
  "⺁⺄⺅⺆⺇⺈⺉⺊⺋⺌⺍⺎⺏⺐⺑⺒⺓⺔⺕⺖⺗⺘⺙⺛⺜⺝⺞⺟⺠⺡⺢⺣" +
  "⺤⺥⺦⺧⺨⺩⺪⺫⺬⺭⺮⺯⺰⺱⺲⺳⺴⺵⺶⺷⺹⺺⺻⺼⺽⺾⺿⻀⻁⻂⻃⻄" +
  "⻅⻆⻇⻈⻉⻊⻋⻌⻍⻎⻏⻐⻑⻒⻓⻔⻕⻖⻗⻘⻙⻚⻛⻜⻝⻞⻟⻠⻡⻢⻣⻤" +
  "⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲⻳";
const TO =
  "厂乙亻冂几刀刂卜卩小小尢尢尢尢巳幺彐彐忄心扌攵旡日月歹母民氵氵灬" +
  "爫爫丬牛犭王疋罒示礻竹糹纟罒罒罒罒罒羊羊耂肀聿月臼艹艹艹虎衤襾西" +
  "见角角讠贝足车辶辶辶阝钅長長长门門阝雨青韦页风飞食食飠饣首马骨鬼" +
  "鱼鸟卤麦黄黾斉齐歯齿竜龙亀亀龟";
// Kangxi radicals whose NFKC form is an old variant of a character printed otherwise in simplified
// text, where a simplified font draws the radical with that character's glyph (门⼾网站).
const VARIANTS: [string, string][] = [
  ["⼾", "户"],
  ["⾭", "青"],
  ["⿈", "黄"],
];
const SUPPLEMENT = new Map([
  ...[...FROM].map((r, i) => [r, TO[i] ?? r] as [string, string]),
  ...VARIANTS,
]);

const RADICAL = /[\u2E80-\u2EF3\u2F00-\u2FD5]/u;
const RADICALS = /[\u2E80-\u2EF3\u2F00-\u2FD5]/gu;

function ideograph(r: string): string {
  const n = SUPPLEMENT.get(r) ?? r.normalize("NFKC");
  return n.length === 1 ? n : r;
}

/** Whether the text holds a radical that `unifyRadicals` replaces. */
export const hasRadicals = (s: string): boolean => RADICAL.test(s);

/** The text with each radical a font named in place of an ideograph replaced by that ideograph. */
export function unifyRadicals(s: string): string {
  return RADICAL.test(s) ? s.replace(RADICALS, ideograph) : s;
}
