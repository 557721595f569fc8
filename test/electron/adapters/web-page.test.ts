import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodePage, readHtml } from "../../../electron/node/adapters/html.js";
import { mhtmlPage } from "../../../electron/node/adapters/mhtml.js";
import { webPage } from "../../../electron/node/adapters/web-page.js";
import { sniffFormat } from "../../../electron/node/workers/formats.js";
import { readDocx } from "../../../electron/node/adapters/docx.js";
import { docxDocument } from "../../../shared/parse/docx/rows.js";
import type { SourceDocument } from "../../../shared/parse/source.js";
import { sourceDocument } from "../../../shared/parse/index.js";

const dir = fileURLToPath(new URL("../../fixtures/web/", import.meta.url));
const corpus = fileURLToPath(new URL("../../fixtures/corpus/", import.meta.url));
const fixture = (name: string) => new Uint8Array(readFileSync(dir + name));

/** GB18030 bytes of a string, by the platform's decoder run backwards over the two-byte range. */
function gbk(text: string): Uint8Array {
  const d = new TextDecoder("gb18030");
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++)
      if (trail !== 0x7f) table.set(d.decode(new Uint8Array([lead, trail])), [lead, trail]);
  return new Uint8Array(
    [...text].flatMap((ch) =>
      ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f]),
    ),
  );
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const TEXT = "二、主动公开政府信息情况";

describe("a saved page's characters", () => {
  it("follows the BOM, <meta charset>, http-equiv and the archive part's charset", () => {
    expect(decodePage(utf8(`\ufeff<p>${TEXT}</p>`))).toContain(TEXT);
    const meta = `<html><head><meta charset="gb2312"></head><body><p>${TEXT}</p></body></html>`;
    expect(decodePage(gbk(meta))).toContain(TEXT);
    const equiv = `<meta http-equiv="Content-Type" content="text/html; charset=GBK"><p>${TEXT}</p>`;
    expect(decodePage(gbk(equiv))).toContain(TEXT);
    expect(decodePage(gbk(`<p>${TEXT}</p>`), "gb2312")).toContain(TEXT);
  });

  it("reads a page naming no charset, or a Western one, as UTF-8 when valid, else GB18030", () => {
    expect(decodePage(utf8(`<p>${TEXT}</p>`))).toContain(TEXT);
    expect(decodePage(gbk(`<p>${TEXT}</p>`))).toContain(TEXT);
    const western = `<meta charset="iso-8859-1"><p>${TEXT}</p>`;
    expect(decodePage(gbk(western))).toContain(TEXT);
    expect(decodePage(utf8(western))).toContain(TEXT);
  });
});

describe("a web archive (.mhtml)", () => {
  it("gives the root HTML part, quoted-printable, not the frames or images after it", () => {
    const part = mhtmlPage(fixture("chrome-qp.mhtml"));
    const html = new TextDecoder().decode(part?.bytes);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("一、总体情况");
    expect(html).not.toContain("=3D");
    expect(html).not.toContain("<td>行政许可</td><td>自然人</td><td>1</td>");
  });

  it("gives a base64 part with the charset its header names", () => {
    const part = mhtmlPage(fixture("ie-base64-gb2312.mht"));
    expect(part?.charset).toBe("gb2312");
    expect(decodePage(part?.bytes ?? new Uint8Array(), part?.charset)).toContain(
      "二、主动公开政府信息情况",
    );
  });

  it("follows the start parameter to the root part", () => {
    const mime = [
      "MIME-Version: 1.0",
      'Content-Type: multipart/related; boundary="b"; start="<root>"; type="text/html"',
      "",
      "--b",
      "Content-Type: text/html",
      "Content-ID: <frame>",
      "",
      "<p>frame</p>",
      "--b",
      "Content-Type: text/html; charset=utf-8",
      "Content-ID: <root>",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "<p>=E4=B8=80=E3=80=81=E6=80=BB=E4=BD=93=",
      "=E6=83=85=E5=86=B5</p>",
      "--b--",
    ].join("\r\n");
    const part = mhtmlPage(utf8(mime));
    expect(new TextDecoder().decode(part?.bytes)).toBe("<p>一、总体情况</p>");
  });

  it("is MHTML_CORRUPT without an HTML part", () => {
    const noPage =
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n';
    expect(readHtml(utf8(noPage), "mhtml")).toMatchObject({ code: "MHTML_CORRUPT" });
    expect(webPage(utf8("MIME-Version: 1.0\r\n\r\n"), "mhtml")).toMatchObject({
      code: "MHTML_CORRUPT",
    });
  });
});

describe("sniffing", () => {
  it("knows pages and archives by their bytes, whatever their name", () => {
    expect(sniffFormat(fixture("chrome-qp.mhtml"), "a.html")).toBe("mhtml");
    expect(sniffFormat(fixture("ie-base64-gb2312.mht"), "a")).toBe("mhtml");
    expect(sniffFormat(fixture("syfgj2023.html"), "report")).toBe("html");
    expect(sniffFormat(utf8("\ufeff<!-- saved -->\n<HTML><body>"), "a.txt")).toBe("html");
    expect(sniffFormat(fixture("portal-gb2312.html"), "a.txt")).toBe("html");
    expect(sniffFormat(fixture("no-charset-gbk.htm"), "a.htm")).toBe("html");
    expect(sniffFormat(utf8("<div>x</div>"), "a.htm")).toBe("html");
    expect(sniffFormat(utf8("一、总体情况"), "a.txt")).toBe("txt");
  });
});

describe("saved pages of the corpus reports", () => {
  const grid = (doc: SourceDocument) =>
    doc.rows.filter((r) => r.tabular).map((r) => r.cells.map((c) => [c.text, c.colspan ?? 1]));
  it.each([
    ["portal-gb2312.html", "001_8a851489e2403959"],
    ["no-charset-gbk.htm", "000_717827ae4ea6615a"],
    ["chrome-qp.mhtml", "002_6e005d299800cb62"],
    ["ie-base64-gb2312.mht", "003_a167b1e233f24ae1"],
    ["libreoffice-spans.html", "004_f3bbfa1004ed2dd6"],
  ])("%s has the table rows and merged cells of %s.docx", async (page, sample) => {
    const docx = await readDocx(new Uint8Array(readFileSync(`${corpus}${sample}.docx`)));
    if ("code" in docx) throw new Error(docx.message);
    const format = sniffFormat(fixture(page), page);
    if (format !== "html" && format !== "mhtml") throw new Error(`${page} is ${format}`);
    const input = webPage(fixture(page), format);
    if ("code" in input) throw new Error(input.message);
    const doc = sourceDocument(input);
    if ("code" in doc) throw new Error(doc.message);
    expect(grid(doc)).toEqual(grid(docxDocument(docx)));
  });
});
