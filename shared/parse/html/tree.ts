/**
 * The part of an HTML parser's document tree the reader walks: the shape of parse5's default
 * tree adapter (elements with nodeName/tagName, attrs and childNodes; text nodes with value).
 * The adapter hands the parsed page over as is; nothing here runs, fetches or styles anything.
 */
export interface HtmlNode {
  nodeName: string;
  tagName?: string;
  attrs?: readonly { name: string; value: string }[];
  childNodes?: readonly HtmlNode[];
  /** #text */
  value?: string;
}

export function attr(node: HtmlNode, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

/** What a browser never shows as text of the page (or that holds no report text). */
const NOT_SHOWN = new Set([
  "head",
  "title",
  "script",
  "style",
  "template",
  "noscript",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "svg",
  "math",
  "canvas",
  "video",
  "audio",
  "img",
  "picture",
  "input",
  "select",
  "option",
  "datalist",
  "textarea",
  "button",
  "map",
  "area",
  "link",
  "meta",
  "base",
]);

/** The style a page sets inline to hide an element (a display or visibility of none/hidden). */
const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** An element the page hides: a hidden attribute, or an inline style of display or visibility none. */
export function hiddenByAttrs(node: HtmlNode): boolean {
  const attrs = node.attrs;
  if (!attrs) return false;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i] as { name: string; value: string };
    if (a.name === "hidden" || (a.name === "style" && HIDDEN_STYLE.test(a.value))) return true;
  }
  return false;
}

/** Elements that start a new line (CSS display block, list-item or table parts). */
export const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "ul",
]);

export function headingLevel(name: string): number {
  return name.length === 2 && name[0] === "h" && name[1]! >= "1" && name[1]! <= "6"
    ? Number(name[1])
    : 0;
}

/** What the walk does with an element, by its name: one lookup for each element of the page. */
export const INLINE = 0;
export const HIDDEN = 1;
export const IMAGE = 2;
export const FRAME = 3;
export const BREAK = 4;
export const TABLE = 5;
const BLOCK_ELEMENT = 6;
export const PRE = 7;
/** h1 … h6: HEADING + level. */
export const HEADING = 10;

const KIND = new Map<string, number>();
for (const name of BLOCK)
  KIND.set(name, headingLevel(name) ? HEADING + headingLevel(name) : BLOCK_ELEMENT);
KIND.set("pre", PRE);
for (const name of NOT_SHOWN) KIND.set(name, HIDDEN);
KIND.set("br", BREAK);
KIND.set("table", TABLE);
KIND.set("img", IMAGE);
KIND.set("iframe", FRAME);
KIND.set("frame", FRAME);

export function elementKind(name: string): number {
  return KIND.get(name) ?? INLINE;
}

/** The element children of `node` named `a` or `b`, that the page does not hide. */
export function elements(node: HtmlNode, a: string, b = a): HtmlNode[] {
  const out: HtmlNode[] = [];
  const kids = node.childNodes;
  if (!kids) return out;
  for (let i = 0; i < kids.length; i++) {
    const n = kids[i] as HtmlNode;
    const name = n.nodeName;
    if ((name === a || name === b) && !hiddenByAttrs(n)) out.push(n);
  }
  return out;
}
