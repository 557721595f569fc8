import { describe, expect, it } from "vitest";
import { readReportBytes, type ReadResult } from "../../electron/node/workers/reader.js";
import { READ_ERRORS } from "../../shared/model/errors.js";
import { reportIssues } from "../../shared/templates/report-schema.js";
import type { Report } from "../../shared/model/report.js";
import { BAD_INPUTS, fixture } from "./cases.js";

/** Far above any real report (the samples read in under 1 s): a case past it hangs. */
const BOUND_MS = 20_000;

const values = (r: Report) =>
  Object.fromEntries(Object.entries(r.cells).map(([id, c]) => [id, c.value]));

async function reference(like: string): Promise<Report> {
  const [d, name] = like.includes("/") ? (like.split("/") as [string, string]) : ["corpus", like];
  const r = await readReportBytes(fixture(d, name), name);
  if (!r.ok) throw new Error(`${like}: ${r.error.code}`);
  return r.report;
}

describe.each(BAD_INPUTS)("bad input: $name", (c) => {
  it("gives a per-file code with a Chinese message, or a report, in bounded time", async () => {
    const bytes = await c.bytes();
    const t0 = performance.now();
    const r: ReadResult = await readReportBytes(bytes, c.file);
    expect(performance.now() - t0).toBeLessThan(BOUND_MS);
    if ("code" in c.expect) {
      if (r.ok) throw new Error(`read as a report, expected ${c.expect.code}`);
      expect(r.error.code).toBe(c.expect.code);
      expect(r.error.message.startsWith(READ_ERRORS[c.expect.code])).toBe(true);
      return;
    }
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    expect(reportIssues(r.report)).toEqual([]);
    const codes = r.report.messages.map((m) => m.code);
    for (const m of c.expect.messages ?? []) expect(codes).toContain(m);
    if (c.expect.check) expect(c.expect.check(r.report)).toBe(true);
    if (c.expect.like) expect(values(r.report)).toEqual(values(await reference(c.expect.like)));
    else expect(Object.keys(r.report.cells).length).toBeGreaterThan(50);
  });
});
