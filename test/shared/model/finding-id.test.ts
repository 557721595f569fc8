import { describe, expect, it } from "vitest";
import { currentKey, findingKey, type Finding } from "../../../shared/model/finding.js";
import { fnv1a64 } from "../../../shared/model/finding-id.js";

const finding = (cells: string[], spans: [number, number][] = []): Finding => ({
  rule: "C01",
  severity: "error",
  code: "missing",
  params: {},
  cells,
  spans,
});

describe("a finding's identity", () => {
  it("is FNV-1a 64 (the published test vectors)", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("stays short and stable for a C01 over a whole table", () => {
    const rows = Array.from({ length: 20 }, (_, r) => r);
    const cells = rows.flatMap((r) =>
      ["a", "b", "c", "d", "e", "f", "g"].map((c) => `t3.r${r}.${c}`),
    );
    const key = findingKey(finding(cells));
    expect(cells.join(",").length).toBeGreaterThan(1000);
    expect(key).toMatch(/^C01\|missing\|#[0-9a-f]{16}$/);
    expect(findingKey(finding([...cells]))).toBe(key);
    expect(findingKey(finding(cells.slice(1)))).not.toBe(key);
  });

  it("tells apart findings without cells by where their text is", () => {
    expect(findingKey(finding([], [[10, 20]]))).not.toBe(findingKey(finding([], [[30, 40]])));
  });

  it("maps the keys saved before version 3 to today's", () => {
    const f = finding(["t3.new.total", "t3.new.a"]);
    expect(currentKey("C01|missing|t3.new.total,t3.new.a")).toBe(findingKey(f));
    expect(currentKey("C01|missing||@10")).toBe(findingKey(finding([], [[10, 20]])));
    expect(currentKey(findingKey(f))).toBe(findingKey(f));
    expect(currentKey("k")).toBe("k");
  });
});
