import { describe, expect, it } from "vitest";
import type { Finding } from "../../shared/model/finding.js";
import { findingKey } from "../../shared/model/finding.js";
import { clearedByCorrections, findingLines } from "../../renderer/app/resolved.js";

const f = (rule: string, cells: string[], code = "c"): Finding => ({
  rule,
  severity: "warning",
  code,
  params: {},
  cells,
  spans: [],
});

describe("a finding partly cleared by a correction is listed once", () => {
  const whole = f("C01", ["a", "b", "c", "d"]);
  const top = f("C01", ["a"]);
  const bottom = f("C01", ["c", "d"], "c2");
  const other = f("A01", ["x"]);

  it("is not also listed as cleared; its remains are known by the finding they remain of", () => {
    const { resolved, partly } = clearedByCorrections([whole, other], [top, bottom]);
    expect(resolved).toEqual([other]);
    expect(partly.get(findingKey(top))).toBe(findingKey(whole));
    expect(partly.get(findingKey(bottom))).toBe(findingKey(whole));
  });

  it("shows its remains as one line", () => {
    const { partly } = clearedByCorrections([whole], [top, other, bottom]);
    const lines = findingLines([top, other, bottom], partly);
    expect(lines).toEqual([
      { finding: top, also: [bottom] },
      { finding: other, also: [] },
    ]);
  });
});
