import { describe, expect, it } from "vitest";
import { pageLines } from "../../../shared/parse/pdf/lines.js";

const item = (str: string, x: number, w: number) => ({ str, x, y: 100, w, h: 10 });
const texts = (items: ReturnType<typeof item>[]) =>
  pageLines(items).flatMap((l) => l.frags.map((f) => f.text));

describe("a .pdf line's runs", () => {
  it("keeps a signed number apart from the number before it: 195 +177, never 195+177", () => {
    // Two runs 2.5 pt apart at 10 pt: closer than cells, but two numbers.
    expect(texts([item("195", 300, 16.7), item("+177", 319.2, 22)])).toEqual(["195 +177"]);
    expect(texts([item("195", 300, 16.7), item("－177", 319.2, 22)])).toEqual(["195 －177"]);
  });

  it("still joins runs that touch, and a CJK label with its number", () => {
    expect(texts([item("19", 300, 11), item("5", 311, 5.5)])).toEqual(["195"]);
    expect(texts([item("共", 300, 10), item("+3", 312, 10)])).toEqual(["共+3"]);
  });
});
