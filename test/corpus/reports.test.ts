import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readReportBytes } from "../../electron/node/workers/reader.js";

const dirs = [
  "test/fixtures/corpus",
  "test/fixtures/examples",
  "test/fixtures/web",
  "test/fixtures/word97",
];
const files = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => /\.(txt|docx|pdf|html?|mht|mhtml|doc|wps)$/.test(f))
    .map((f) => join(d, f)),
);

interface Expected {
  agency: string;
  year: number;
  template: string;
  level: string;
  published?: string;
  cells: Record<string, number | string | null>;
}

// Some labelled files print amounts rounded (8456.26万元, 29209.8万元 for 29209.84): the reader keeps
// what was printed, so amounts are compared to the print precision.
function near(id: string, got: unknown, want: unknown): boolean {
  return (
    id.endsWith(".amount") &&
    typeof got === "number" &&
    typeof want === "number" &&
    Math.abs(got - want) < 0.05
  );
}

describe("labelled reports read cell by cell, with their metadata", () => {
  for (const file of files) {
    it(file, async () => {
      const exp = JSON.parse(readFileSync(file + ".expected.json", "utf8")) as Expected;
      const res = await readReportBytes(new Uint8Array(readFileSync(file)), file);
      if (!res.ok) throw new Error(res.error.message);
      const r = res.report;
      const got = Object.fromEntries(
        Object.entries(exp.cells).map(([id, want]) => {
          const v = r.cells[id]?.value;
          return [id, near(id, v, want) ? want : v];
        }),
      );
      expect(got).toEqual(exp.cells);
      expect(Object.keys(r.cells).sort()).toEqual(Object.keys(exp.cells).sort());
      const meta = { agency: r.agency, year: r.year, template: r.template, level: r.level };
      expect(meta).toEqual({
        agency: exp.agency,
        year: exp.year,
        template: exp.template,
        level: exp.level,
      });
      if (exp.published) expect(r.published).toBe(exp.published);
      for (const c of Object.values(r.cells))
        if (c.value !== null) expect(r.text.slice(c.span[0], c.span[1])).toBe(c.text);
    });
  }
});
