import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { txtDocument } from "../../../shared/parse/txt/document.js";
import { readReport } from "../../../shared/parse/report.js";

const dirs = ["test/fixtures/corpus", "test/fixtures/examples"];
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => join(d, f)));

interface Expected {
  agency: string;
  year: number;
  template: string;
  level: string;
  published?: string;
  cells: Record<string, number | string | null>;
}

describe("txt reports read cell by cell", () => {
  for (const file of files) {
    it(file, () => {
      const exp = JSON.parse(readFileSync(file + ".expected.json", "utf8")) as Expected;
      const doc = txtDocument(new Uint8Array(readFileSync(file)));
      if ("code" in doc) throw new Error(doc.message);
      const res = readReport(doc);
      if (!res.ok) throw new Error(res.error.message);
      const r = res.report;
      // The generated examples print amounts rounded (8456.26万元 for 8456.2619): 0.01 as in rules.md.
      const got = Object.fromEntries(
        Object.entries(exp.cells).map(([id, want]) => {
          const v = r.cells[id]?.value;
          const near = id.endsWith(".amount") && typeof v === "number" && typeof want === "number";
          return [id, near && Math.abs(v - want) < 0.01 ? want : v];
        }),
      );
      expect(got).toEqual(exp.cells);
      expect(Object.keys(r.cells).sort()).toEqual(Object.keys(exp.cells).sort());
      expect({ agency: r.agency, year: r.year, template: r.template, level: r.level }).toEqual({
        agency: exp.agency,
        year: exp.year,
        template: exp.template,
        level: exp.level,
      });
      if (exp.published) expect(r.published).toBe(exp.published);
      for (const c of Object.values(r.cells)) if (c.value !== null) expect(r.text.slice(c.span[0], c.span[1])).toBe(c.text);
    });
  }
});
