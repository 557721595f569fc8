/** A small HTML tree, enough for mammoth's output (well-formed, double-quoted attributes). */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

const VOID = new Set(["br", "img", "input", "hr", "col", "wbr", "meta", "link"]);
const MAX_DEPTH = 256;

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref] ?? whole;
    const hex = ref[1] === "x" || ref[1] === "X";
    const code = parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
    return String.fromCodePoint(code);
  });
}

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>|[^<]+|</g;
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) {
    const name = m[1];
    if (name) attrs[name.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attrs;
}

/** Parses HTML into a tree under a synthetic root; unmatched close tags are ignored. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: "#root", attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  let overflow = 0;
  for (const m of html.matchAll(TOKEN)) {
    const top = stack[stack.length - 1] ?? root;
    const tok = m[0];
    const tag = m[2]?.toLowerCase();
    if (tok.startsWith("<!--")) continue;
    if (!tag) {
      top.children.push(decodeEntities(tok));
    } else if (m[1]) {
      if (overflow > 0) {
        overflow--;
        continue;
      }
      let at = stack.length - 1;
      while (at > 0 && stack[at]?.tag !== tag) at--;
      if (at > 0) stack.length = at;
    } else {
      const el: HtmlElement = { tag, attrs: parseAttrs(m[3] ?? ""), children: [] };
      if (VOID.has(tag) || tok.endsWith("/>")) {
        top.children.push(el);
      } else if (stack.length > MAX_DEPTH) {
        // Past the depth limit the element's content is kept in its ancestor, flat.
        overflow++;
      } else {
        top.children.push(el);
        stack.push(el);
      }
    }
  }
  return root;
}
