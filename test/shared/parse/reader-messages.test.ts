import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isChineseText, READER_CODES, readerText } from "../../../shared/messages/index.js";
import { ReaderMessageSchema } from "../../../shared/model/report.js";
import { APP_ROOT } from "../../../electron/node/paths.js";

// Issue 19, point 4: reader messages are code + params, rendered by one table (shared/messages/reader.ts).

/** The readers (shared/parse) and the worker that adds what it learnt of the file. */
const READERS = [join(APP_ROOT, "shared/parse"), join(APP_ROOT, "electron/node/workers")];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** Every code a reader writes a message with: `{ code: "X", params: ... }`. */
function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of READERS.flatMap(sources))
    for (const m of readFileSync(file, "utf8").matchAll(/code: "([A-Z0-9_]+)",\s*params/g))
      codes.add(m[1] as string);
  return codes;
}

describe("reader messages", () => {
  it("every code a reader can write has a Chinese sentence", () => {
    const codes = [...emittedCodes()];
    expect(codes.length).toBeGreaterThanOrEqual(13);
    expect(codes.filter((c) => !READER_CODES.includes(c))).toEqual([]);
  });

  it("every sentence of the table is Chinese, its params filled in", () => {
    const params = { from: 2, to: 3, rows: 4, columns: 5, page: 2, pages: 6, images: 1 };
    for (const code of READER_CODES) {
      const text = readerText({ code, params: { ...params, text: "第三页模糊" } });
      expect(isChineseText(text), `${code}: ${text}`).toBe(true);
    }
    expect(readerText({ code: "PDF_TABLE_RULED", params })).toBe(
      "第2–3页的表格按表格线读取（4行×5列）",
    );
    expect(readerText({ code: "TABLE_NOT_FOUND", params: { table: 4 } })).toBe("未找到表四");
    expect(readerText({ code: "ROW_NOT_FOUND", params: { row: "denied.secret" } })).toMatch(
      /^表三未找到「.*属于国家秘密」行$/,
    );
  });

  it("a message is data: a sentence in place of params does not conform", () => {
    expect(ReaderMessageSchema.safeParse({ code: "OCR", params: { pages: 3 } }).success).toBe(true);
    expect(ReaderMessageSchema.safeParse({ code: "OCR", message: "扫描件" }).success).toBe(false);
    expect(ReaderMessageSchema.safeParse({ code: "扫描件", params: {} }).success).toBe(false);
  });
});
