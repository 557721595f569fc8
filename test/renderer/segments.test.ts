import { describe, expect, it } from "vitest";
import { segment, type Mark } from "../../renderer/features/source/segments.js";
import { trimSpan } from "../../renderer/features/source/offsets.js";

const text = (len: number, segs: { start: number; end: number }[]) =>
  segs.every(
    (s, i) => s.start < s.end && (i === 0 ? s.start === 0 : segs[i - 1]?.end === s.start),
  ) && segs[segs.length - 1]?.end === len;

describe("segment", () => {
  it("covers the text exactly, in order, once", () => {
    const marks: Mark[] = [
      { kind: "cell", span: [5, 8], ref: "t3.new.natural" },
      { kind: "finding", span: [6, 12], ref: 0, severity: "warning" },
      { kind: "focus", span: [7, 9] },
    ];
    const segs = segment(20, marks);
    expect(text(20, segs)).toBe(true);
    expect(segs.map((s) => [s.start, s.end])).toEqual([
      [0, 5],
      [5, 6],
      [6, 7],
      [7, 8],
      [8, 9],
      [9, 12],
      [12, 20],
    ]);
    const at7 = segs.find((s) => s.start === 7);
    expect(at7).toMatchObject({
      cell: "t3.new.natural",
      severity: "warning",
      focus: true,
      findings: [0],
    });
  });

  it("keeps the worst severity where findings overlap and lists every finding", () => {
    const segs = segment(10, [
      { kind: "finding", span: [0, 10], ref: 1, severity: "info" },
      { kind: "finding", span: [2, 4], ref: 0, severity: "error" },
    ]);
    expect(segs.find((s) => s.start === 2)).toMatchObject({ severity: "error", findings: [0, 1] });
    expect(segs[0]).toMatchObject({ severity: "info", findings: [1] });
  });

  it("clamps marks to the text and drops empty ones", () => {
    const segs = segment(6, [
      { kind: "remark", span: [4, 99], ref: "r" },
      { kind: "cell", span: [3, 3], ref: "x" },
      { kind: "cell", span: [-5, 1], ref: "y" },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.remark, s.cell])).toEqual([
      [0, 1, false, "y"],
      [1, 4, false, null],
      [4, 6, true, null],
    ]);
  });

  it("merges neighbouring runs that carry the same marks", () => {
    const segs = segment(10, [
      { kind: "remark", span: [0, 5], ref: "a" },
      { kind: "remark", span: [5, 10], ref: "b" },
    ]);
    expect(segs).toHaveLength(1);
  });

  it("splits a 20,000-character text with hundreds of marks into few runs, fast", () => {
    const marks: Mark[] = [];
    for (let i = 0; i < 400; i++)
      marks.push({ kind: "cell", span: [i * 50, i * 50 + 3], ref: `c${i}` });
    for (let i = 0; i < 100; i++)
      marks.push({ kind: "finding", span: [i * 200, i * 200 + 120], ref: i, severity: "error" });
    const t0 = performance.now();
    const segs = segment(20_000, marks);
    const ms = performance.now() - t0;
    expect(text(20_000, segs)).toBe(true);
    expect(segs.length).toBeLessThan(1_200);
    expect(ms).toBeLessThan(100);
  });
});

describe("trimSpan", () => {
  it("drops blanks at the ends of a selection", () => {
    expect(trimSpan("\n\n  共152余条 \n", [0, 12])).toEqual([4, 10]);
    expect(trimSpan("ab", [0, 2])).toEqual([0, 2]);
    expect(trimSpan("a \n b", [1, 4])).toBeNull();
  });
});
