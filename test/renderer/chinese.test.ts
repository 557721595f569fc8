import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as messages from "../../shared/messages/index.js";
import {
  ERROR_MESSAGES,
  errorText,
  isChineseText,
  LATIN_ALLOWED,
  READER_CODES,
  readerText,
  renderMessage,
} from "../../shared/messages/index.js";
import { READ_ERRORS } from "../../shared/model/errors.js";
import { checkReport } from "../../shared/rules/index.js";
import { readReportBytes } from "../../electron/node/workers/reader.js";
import { APP_ROOT } from "../../electron/node/paths.js";

// Issue 20 (done when): every message the renderer can show is Chinese. Walks the message tables
// of shared/messages, the error codes of the readers and of the IPC contract, and what the readers
// and the rules say about every fixture file (each finding code's own sentence is checked word for
// word in test/shared/rules/messages.test.ts).

const FIXTURES = join(APP_ROOT, "test/fixtures");
const REPORT = /\.(txt|docx|doc|wps|pdf|html?|mhtml?)$/i;

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return fixtureFiles(path);
    return REPORT.test(name) ? [path] : [];
  });
}

/** Every string inside a value: the tables' sentences and labels. */
function strings(v: unknown, at: string): [string, string][] {
  if (typeof v === "string") return [[at, v]];
  if (Array.isArray(v) || v instanceof Set || typeof v !== "object" || v === null) return [];
  return Object.entries(v).flatMap(([k, x]) => strings(x, `${at}.${k}`));
}

/** The ApiError codes of shared/ipc/contract.ts and the transport's own (renderer/api.ts). */
const CALL_CODES = [
  "INVALID_REQUEST",
  "UNKNOWN_CHANNEL",
  "FORBIDDEN",
  "SERVICE_ERROR",
  "NETWORK",
] as const;

describe("isChineseText", () => {
  it("takes Chinese with format names and refuses English or bare codes", () => {
    expect(isChineseText("PDF 文件已加密，无法读取")).toBe(true);
    expect(isChineseText("旧版 Word 文档（.doc）已损坏")).toBe(true);
    expect(isChineseText("请求参数无效：key Too big: expected string")).toBe(false);
    expect(isChineseText("INVALID_REQUEST")).toBe(false);
    expect(isChineseText("Cannot read properties of undefined")).toBe(false);
  });
});

describe("every message the renderer can show is Chinese", () => {
  it("every sentence and label of the message tables", () => {
    const found = Object.entries(messages).flatMap(([name, v]) => strings(v, name));
    expect(found.length).toBeGreaterThan(20);
    // A format's own name (PDF, Word) is shown as printed.
    const formatName = (s: string) =>
      /^[A-Za-z0-9 .-]+$/.test(s) &&
      (s.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).every((w) => LATIN_ALLOWED.has(w.toUpperCase()));
    const english = found.filter(([, s]) => s.trim() && !isChineseText(s) && !formatName(s));
    expect(english).toEqual([]);
  });

  it("every error code a read or a call can end with has a Chinese sentence", () => {
    const codes = [...Object.keys(READ_ERRORS), ...CALL_CODES];
    for (const code of codes) expect(isChineseText(ERROR_MESSAGES[code] ?? ""), code).toBe(true);
  });

  it("an English or technical message is never shown: its code's sentence, or one naming the code", () => {
    const english = "key Too big: expected string to have <=2000 characters";
    for (const code of [...Object.keys(READ_ERRORS), ...CALL_CODES]) {
      const text = errorText(code, english);
      expect(text).toBe(ERROR_MESSAGES[code]);
    }
    expect(errorText("HTTP_502", "Bad Gateway")).toMatch(/^工作台服务返回了错误（HTTP 502）/);
    const unknown = errorText("SOMETHING_NEW", "TypeError: x is undefined");
    expect(isChineseText(unknown.replace("SOMETHING_NEW", ""))).toBe(true);
    expect(unknown).toContain("SOMETHING_NEW");
    expect(errorText(null, "Failed to fetch")).toBe("操作未能完成，请重试");
    // A Chinese message keeps its detail (which file, which page).
    expect(errorText("PDF_CORRUPT", "PDF 文件已损坏：第 3 页")).toBe("PDF 文件已损坏：第 3 页");
  });

  it("what the readers and the rules say about every fixture file", async () => {
    const files = fixtureFiles(FIXTURES);
    expect(files.length).toBeGreaterThan(40);
    const bad: string[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      const r = await readReportBytes(new Uint8Array(readFileSync(file)), file, { ocr: false });
      if (!r.ok) {
        if (!isChineseText(r.error.message)) bad.push(`${file}: ${r.error.message}`);
        continue;
      }
      for (const m of r.report.messages) {
        seen.add(m.code);
        if (!READER_CODES.includes(m.code)) bad.push(`${file}: no sentence for ${m.code}`);
        if (!isChineseText(readerText(m))) bad.push(`${file}: ${readerText(m)}`);
      }
      for (const f of checkReport(r.report)) {
        const text = renderMessage(f);
        if (!isChineseText(text)) bad.push(`${file}: ${text}`);
      }
    }
    expect(bad).toEqual([]);
    // Every code of the readers is checked in test/shared/parse/reader-messages.test.ts.
    expect([...seen]).toContain("PDF_TABLE_RULED");
  }, 240_000);
});
