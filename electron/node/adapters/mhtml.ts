/**
 * The page inside a web archive (.mhtml/.mht, RFC 2557): a MIME message whose root part is the
 * page's HTML and whose other parts are its images, styles and frames (never read). Chrome, Edge
 * and 360 write quoted-printable or base64 parts; IE wrote the same.
 *
 * A small reader of our own: the e-mail parsers on npm join every text/html part into one body
 * (a page's frames are parts of their own) and hand text back already decoded, whereas the
 * page's bytes are needed to honour its own <meta charset> when the part header names none.
 */

import type { Picture } from "./picture.js";

export interface HtmlPart {
  bytes: Uint8Array;
  /** The charset the part header names, if any. */
  charset?: string;
}

interface Part {
  headers: Map<string, string>;
  /** The body as Latin-1 text (one character a byte). */
  body: string;
}

function split(entity: string): Part {
  const m = /\r?\n\r?\n/.exec(entity);
  const head = m ? entity.slice(0, m.index) : entity;
  const body = m ? entity.slice(m.index + m[0].length) : "";
  const headers = new Map<string, string>();
  let name = "";
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && name) headers.set(name, `${headers.get(name) ?? ""} ${line.trim()}`);
    else {
      const colon = line.indexOf(":");
      if (colon <= 0) continue;
      name = line.slice(0, colon).trim().toLowerCase();
      if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
    }
  }
  return { headers, body };
}

/** A parameter of a header value: `boundary="----x"`, `charset=gb2312`. */
function param(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(value);
  return m ? (m[1] ?? m[2]) : undefined;
}

function mediaType(p: Part): string {
  return (p.headers.get("content-type") ?? "text/plain").split(";")[0]!.trim().toLowerCase();
}

function parts(p: Part): Part[] {
  const boundary = param(p.headers.get("content-type"), "boundary");
  if (!boundary) return [];
  const delimiter = `--${boundary}`;
  const out: Part[] = [];
  // The line break before a delimiter belongs to the delimiter (RFC 2046 §5.1.1).
  for (const chunk of `\n${p.body}`.split(`\n${delimiter}`).slice(1)) {
    if (chunk.startsWith("--")) break;
    out.push(split(chunk.replace(/^[ \t]*\r?\n/, "").replace(/\r$/, "")));
  }
  return out;
}

function hex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Quoted-printable (RFC 2045 §6.7): =XX bytes and soft line breaks. */
function quotedPrintable(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61) {
      if (s[i + 1] === "\n") {
        i += 1;
        continue;
      }
      if (s[i + 1] === "\r" && s[i + 2] === "\n") {
        i += 2;
        continue;
      }
      const hi = hex(s.charCodeAt(i + 1));
      const lo = hex(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

function decode(p: Part): Uint8Array {
  const cte = (p.headers.get("content-transfer-encoding") ?? "").trim().toLowerCase();
  if (cte === "base64") return new Uint8Array(Buffer.from(p.body, "base64"));
  if (cte === "quoted-printable") return quotedPrintable(p.body);
  return new Uint8Array(Buffer.from(p.body, "latin1"));
}

function contentId(p: Part): string {
  return (p.headers.get("content-id") ?? "").replace(/^<|>$/g, "");
}

/** The root of a multipart/related: the part `start` names, else the first HTML part. */
function root(p: Part, depth: number): Part | null {
  if (!mediaType(p).startsWith("multipart/")) return p;
  if (depth > 8) return null;
  const list = parts(p);
  const start = param(p.headers.get("content-type"), "start")?.replace(/^<|>$/g, "");
  const chosen =
    (start && list.find((x) => contentId(x) === start)) ||
    list.find((x) => mediaType(x) === "text/html" || mediaType(x).startsWith("multipart/"));
  return chosen ? root(chosen, depth + 1) : null;
}

/** The page's HTML part of a web archive, or null when the archive holds none. */
export function mhtmlPage(bytes: Uint8Array): HtmlPart | null {
  const message = split(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1"),
  );
  const page = root(message, 0);
  if (!page || !/^(?:text\/html|application\/xhtml\+xml)$/.test(mediaType(page))) return null;
  const charset = param(page.headers.get("content-type"), "charset");
  return charset ? { bytes: decode(page), charset } : { bytes: decode(page) };
}

/** Every leaf part of the archive (multiparts opened), in order. */
function leaves(p: Part, depth: number, out: Part[]): Part[] {
  if (!mediaType(p).startsWith("multipart/")) out.push(p);
  else if (depth <= 8) for (const x of parts(p)) leaves(x, depth + 1, out);
  return out;
}

function resolved(src: string, base: string): string {
  try {
    return new URL(src, base || undefined).href;
  } catch {
    return src;
  }
}

/**
 * The pictures a page's images show, as the archive saved them (bytes null where it did not): each src (cid:…, or a URL read
 * against the page's own Content-Location) matched to a part. Nothing is ever fetched: an
 * image the archive did not save is null.
 */
export function mhtmlPictures(bytes: Uint8Array, sources: readonly string[]): Picture[] {
  const message = split(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1"),
  );
  const all = leaves(message, 0, []);
  const page = root(message, 0);
  const base = page?.headers.get("content-location") ?? "";
  const byPlace = new Map<string, Part>();
  for (const p of all) {
    const id = contentId(p);
    if (id) byPlace.set(`cid:${id}`, p);
    const at = p.headers.get("content-location");
    if (at) byPlace.set(resolved(at, base), p);
  }
  return sources.map((src) => {
    const p = byPlace.get(src.startsWith("cid:") ? src : resolved(src, base));
    const image = p && mediaType(p).startsWith("image/") ? decode(p) : null;
    return { bytes: () => Promise.resolve(image) };
  });
}
