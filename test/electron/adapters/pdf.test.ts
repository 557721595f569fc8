import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_PDF_PAGES, rawPdfText, readPdf } from "../../../electron/node/adapters/pdf.js";
import type { PdfContent } from "../../../shared/parse/pdf/content.js";

const fixture = (dir: string) => fileURLToPath(new URL(`../../fixtures/${dir}/`, import.meta.url));
const FILES = ["corpus", "examples"].flatMap((d) =>
  readdirSync(fixture(d))
    .filter((f) => f.endsWith(".pdf"))
    .map((f) => ({ name: f, path: fixture(d) + f })),
);
const SAMPLE = new Uint8Array(readFileSync(fixture("corpus") + "002_6e005d299800cb62.pdf"));

async function content(bytes: Uint8Array): Promise<PdfContent> {
  const c = await readPdf(bytes);
  if ("code" in c) throw new Error(c.message);
  return c;
}

describe.each(FILES)("readPdf($name)", ({ path }) => {
  const year = (JSON.parse(readFileSync(path + ".expected.json", "utf8")) as { year: number }).year;

  it("gives each page's runs with CJK text decoded and y growing down the page", async () => {
    const c = await content(new Uint8Array(readFileSync(path)));
    expect(c.pages.length).toBeGreaterThan(1);
    for (const p of c.pages) {
      expect(p.width).toBeCloseTo(595.3, 0);
      expect(p.height).toBeCloseTo(841.9, 0);
      for (const it of p.items) {
        expect(it.x).toBeGreaterThanOrEqual(0);
        expect(it.y).toBeGreaterThan(0);
        expect(it.y).toBeLessThan(p.height);
        expect(it.h).toBeGreaterThan(0);
      }
    }
    const all = c.pages.flatMap((p) => p.items.map((i) => i.str)).join("");
    expect(all).not.toMatch(/[\ufffd\ue000-\uf8ff]/);
    for (const s of ["政府信息公开", "申请人情况", "结果纠正", "行政复议"])
      expect(all).toContain(s);
    const first = c.pages[0]?.items ?? [];
    const title = first.filter((i) => Math.abs(i.y - (first[0]?.y ?? 0)) < 1);
    expect(title.map((i) => i.str.trim()).join("")).toContain(`${year}年政府信息公开`);
    expect(Math.min(...first.map((i) => i.y))).toBe(first[0]?.y);
  });

  it("rawPdfText is pdf.js's own extraction of the same text", async () => {
    const raw = await rawPdfText(new Uint8Array(readFileSync(path)));
    expect(raw).toContain(`${year}`);
    expect(raw).toContain("收到和处理政府信息公开申请情况");
  });
});

describe("readPdf errors", () => {
  const code = async (bytes: Uint8Array, opts?: { maxPages?: number }) => {
    const r = await readPdf(bytes, opts);
    return "code" in r ? r.code : "ok";
  };

  it("an empty file", async () => {
    expect(await code(new Uint8Array(0))).toBe("EMPTY_FILE");
  });

  it("a truncated file, random bytes and a PDF header over garbage are corrupt", async () => {
    let seed = 7;
    const noise = new Uint8Array(4096).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    const header = new TextEncoder().encode("%PDF-1.7\n");
    for (const bytes of [
      SAMPLE.slice(0, Math.floor(SAMPLE.length * 0.6)),
      SAMPLE.slice(0, 1024),
      noise,
      new Uint8Array([...header, ...noise]),
    ])
      expect(await code(bytes)).toBe("PDF_CORRUPT");
  });

  it("an encrypted file (user password) and a scan without a text layer", async () => {
    const bad = (f: string) => new Uint8Array(readFileSync(fixture("bad") + f));
    expect(await code(bad("encrypted.pdf"))).toBe("PDF_ENCRYPTED");
    expect(await code(bad("image-only.pdf"))).toBe("PDF_NO_TEXT");
  });

  it("limits: pages over the limit, bytes over 100 MB", async () => {
    expect(MAX_PDF_PAGES).toBe(300);
    expect(await code(SAMPLE, { maxPages: 2 })).toBe("TOO_COMPLEX");
    expect(await code(new Uint8Array(100 * 1024 * 1024 + 1))).toBe("FILE_TOO_LARGE");
  });

  it("leaves the caller's bytes intact", async () => {
    const bytes = SAMPLE.slice();
    await content(bytes);
    expect(bytes.byteLength).toBe(SAMPLE.byteLength);
    expect(await code(bytes)).toBe("ok");
  });
});
