import { describe, expect, it } from "vitest";
import { txtDocument } from "../../../shared/parse/txt/document.js";
import { readReport } from "../../../shared/parse/report.js";

function read(bytes: Uint8Array) {
  const doc = txtDocument(bytes);
  if ("code" in doc) return { ok: false as const, error: doc };
  return readReport(doc);
}

describe("bad .txt input gives a stable code and a Chinese message", () => {
  it("zero bytes → EMPTY_FILE", () => {
    const r = read(new Uint8Array());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual({ code: "EMPTY_FILE", message: "文件为空" });
  });
  it("binary data with a .txt name → NOT_TEXT", () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const r = read(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("NOT_TEXT");
  });
  it("a text with no tables → NO_TABLES", () => {
    const r = read(
      new TextEncoder().encode(
        "某县2021年政府信息公开工作年度报告\n一、总体情况\n本年度工作顺利。\n",
      ),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("NO_TABLES");
      expect(r.error.message).toMatch(/表/);
    }
  });
  it("NUL bytes and control characters in an otherwise good report still read", () => {
    const text =
      "某县人民政府2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\u0000\n";
    const r = read(new TextEncoder().encode(text));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.report.cells["t3.new.total"]?.value).toBe(1);
  });
});
