import { describe, expect, it } from "vitest";
import type { Report } from "../../../shared/model/report.js";
import { checkReport } from "../../../shared/rules/index.js";
import { MESSAGE_CODES, renderMessage } from "../../../shared/messages/zh-CN.js";
import { consistentReport } from "../../gen/consistent-report.js";
import { Random } from "../../gen/random.js";

const SEEDS = Array.from({ length: 320 }, (_, i) => i + 1);

function withCell(r: Report, id: string, value: number | string | null): Report {
  const cell = r.cells[id];
  if (!cell) throw new Error(`no cell ${id}`);
  const text = value === null ? "" : String(value);
  return { ...r, cells: { ...r.cells, [id]: { ...cell, value, text } } };
}

describe("consistent reports", () => {
  it("break no rule (no error or warning) in 320 reports of both templates", () => {
    const bad: string[] = [];
    const versions = new Set<string>();
    for (const seed of SEEDS) {
      const r = consistentReport(seed);
      versions.add(r.template ?? "");
      for (const f of checkReport(r))
        if (f.severity !== "info") bad.push(`seed ${seed}: ${f.rule} ${renderMessage(f)}`);
    }
    expect(bad).toEqual([]);
    expect([...versions].sort()).toEqual(["2019", "2021"]);
  });
});

const rows = (r: Report, prefix: string) =>
  Object.keys(r.cells).filter((id) => id.startsWith(prefix) && !id.endsWith(".change"));

/** Which rule a one-cell change must fire, and how to pick and change the cell. */
const MUTATIONS: {
  rule: string;
  cells: (r: Report) => string[];
  change: (v: number) => number | string | null;
  /** The changed cell must be listed first. */
  first: boolean;
}[] = [
  { rule: "A01", cells: (r) => rows(r, "t3.new."), change: (v) => v + 1, first: true },
  { rule: "A01", cells: (r) => rows(r, "t3.carryOver."), change: (v) => v + 2, first: true },
  { rule: "A02", cells: (r) => rows(r, "t3.granted."), change: (v) => v + 1, first: true },
  { rule: "A02", cells: (r) => rows(r, "t3.denied."), change: (v) => v + 3, first: true },
  {
    rule: "A03",
    cells: (r) => rows(r, "t3.").filter((id) => !id.endsWith(".total")),
    change: (v) => v + 1,
    first: true,
  },
  { rule: "A04", cells: (r) => rows(r, "t4."), change: (v) => v + 1, first: false },
  { rule: "C01", cells: (r) => rows(r, "t"), change: () => null, first: true },
  { rule: "C02", cells: (r) => rows(r, "t"), change: () => "/", first: true },
  { rule: "C03", cells: (r) => rows(r, "t"), change: (v) => -v - 1, first: true },
  {
    rule: "C04",
    cells: (r) => rows(r, "t").filter((id) => !id.endsWith(".amount")),
    change: (v) => v + 0.5,
    first: true,
  },
];

describe("one changed cell", () => {
  for (const m of MUTATIONS)
    it(`fires ${m.rule} naming the cell`, () => {
      for (const seed of SEEDS.slice(0, 60)) {
        const r = consistentReport(seed);
        const rng = new Random(seed * 7919);
        const id = rng.pick(m.cells(r));
        const v = r.cells[id]?.value;
        if (typeof v !== "number") throw new Error(`${id} is not a number`);
        const findings = checkReport(withCell(r, id, m.change(v))).filter((f) => f.rule === m.rule);
        const naming = findings.filter((f) => f.cells.includes(id));
        expect(naming.length, `seed ${seed} ${id}`).toBeGreaterThan(0);
        if (m.first)
          expect(
            naming.every((f) => f.cells[0] === id),
            `seed ${seed} ${id}`,
          ).toBe(true);
        for (const f of naming) {
          expect(MESSAGE_CODES).toContain(f.code);
          expect(renderMessage(f)).not.toMatch(/undefined|NaN/);
        }
      }
    });
});
