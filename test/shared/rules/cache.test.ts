import { describe, expect, it } from "vitest";
import { cached } from "../../../shared/rules/kit/cache.js";

describe("cached", () => {
  it("computes once per distinct arguments, across interleaved texts", () => {
    let calls = 0;
    const f = cached((text: string, n: number) => {
      calls++;
      return `${text.length}:${n}`;
    });
    for (let round = 0; round < 3; round++)
      for (const t of ["甲乙丙", "丁戊", "己"]) expect(f(t, 2)).toBe(`${t.length}:2`);
    expect(calls).toBe(3);
    expect(f("甲乙丙", 3)).toBe("3:3");
    expect(calls).toBe(4);
  });

  it("forgets the least recently used results beyond its limit", () => {
    let calls = 0;
    const f = cached((t: string) => (calls++, t));
    for (let i = 0; i < 600; i++) f(`t${i}`);
    calls = 0;
    f("t599");
    expect(calls).toBe(0);
    f("t0");
    expect(calls).toBe(1);
  });
});
