import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSession } from "../../../electron/main/services/open-session.js";
import { effectiveReport, findingKey } from "../../../shared/model/effective.js";
import type { AuditReport } from "../../../shared/model/audit.js";
import { checkSet } from "../../../shared/rules/index.js";
import { compareRound } from "../../../shared/rectify/round.js";
import { changedSections, diffCells } from "../../../shared/rectify/diff.js";

const KELAN = new URL("../../fixtures/corpus/001_8a851489e2403959.txt", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "nb-round-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The county's corrected report: 规章 no longer claimed (D01 fixed), table 三's blank rows left
 * as they were (C01 not fixed), and a new slip: one 行政复议 upheld while the total stays 0 (A04).
 */
export function corrected(text: string): string {
  const fixed = text.replace("\t规章\n\t2\n\t2\n\t2\n", "\t规章\n\t0\n\t0\n\t0\n");
  const t4 = fixed.indexOf("四、政府信息公开行政复议");
  const at = fixed.indexOf("\n\t0\n", t4);
  return fixed.slice(0, at) + "\n\t1\n" + fixed.slice(at + 4);
}

describe("the rectification round (整改复核)", () => {
  it("marks each earlier problem 已整改 / 未整改 and the new one 新增", async () => {
    const s = await openSession(join(dir, "round.nbaudit"), "browser");
    if ("code" in s) throw new Error(s.message);
    const text = readFileSync(KELAN, "utf8");
    const up = (name: string, t: string) => ({
      name,
      bytes: new TextEncoder().encode(t),
      fromFolder: false,
    });
    await s.importFiles([up("岢岚县2020年报告.txt", text)]);
    const original = s.audit.reports[0] as AuditReport;
    const before = checkSet([effectiveReport(original)])[0] ?? [];
    const byRule = (r: string) => before.find((f) => f.rule === r);
    for (const [rule, status] of [
      ["D01", "confirmed"],
      ["C01", "confirmed"],
      ["S02", "dismissed"],
    ] as const)
      await s.mutate(original.id, {
        kind: "verdict",
        key: findingKey(byRule(rule)!),
        status,
        note: "",
      });

    await s.importFiles([up("岢岚县2020年报告（整改后）.txt", corrected(text))]);
    const revised = s.audit.reports[1] as AuditReport;
    await s.mutate(revised.id, { kind: "round", of: original.id });
    expect(s.audit.reports[1]?.round).toEqual({ of: original.id, no: 2 });

    const [was, now] = [s.audit.reports[0] as AuditReport, s.audit.reports[1] as AuditReport];
    const [fa, fb] = checkSet([effectiveReport(was), effectiveReport(now)]);
    const items = compareRound(was, fa ?? [], fb ?? []);
    const marks = items.map((i) => `${i.mark}:${i.finding.rule}`).sort();
    expect(marks).toEqual(["fixed:D01", "new:A04", "open:C01"]);
    expect(diffCells(was.report, now.report).map((c) => [c.cell, c.was, c.now])).toEqual([
      ["t2.regulation.made", 2, 0],
      ["t2.regulation.published", 2, 0],
      ["t2.regulation.total", 2, 0],
      ["t4.review.upheld", 0, 1],
    ]);
    expect(changedSections(was.report, now.report)).toEqual([2, 4]);
    expect(s.history(revised.id).entries.at(-1)).toMatchObject({
      kind: "round",
      detail: { round: 2 },
    });
  });

  it("refuses a round that would make a report correct itself", async () => {
    const s = await openSession(join(dir, "cycle.nbaudit"), "browser");
    if ("code" in s) throw new Error(s.message);
    const t = readFileSync(KELAN, "utf8");
    const up = (name: string, x: string) => ({
      name,
      bytes: new TextEncoder().encode(x),
      fromFolder: false,
    });
    await s.importFiles([up("a.txt", t), up("b.txt", corrected(t))]);
    const [a, b] = s.audit.reports as [AuditReport, AuditReport];
    await s.mutate(b.id, { kind: "round", of: a.id });
    await expect(s.mutate(a.id, { kind: "round", of: b.id })).rejects.toThrow("整改前的报告");
    await expect(s.mutate(a.id, { kind: "round", of: a.id })).rejects.toThrow();
  });
});

describe("diffCells", () => {
  it("takes an amount printed with fewer decimals for the same amount", () => {
    const base = { cells: {} } as unknown as Parameters<typeof diffCells>[0];
    const a = {
      ...base,
      cells: { "t2.fee.amount": { value: 5313.9461, text: "", span: [0, 0] as const } },
    };
    const b = {
      ...base,
      cells: { "t2.fee.amount": { value: 5313.95, text: "", span: [0, 0] as const } },
    };
    const c = {
      ...base,
      cells: { "t2.fee.amount": { value: 5314, text: "", span: [0, 0] as const } },
    };
    expect(diffCells(a, b)).toEqual([]);
    expect(diffCells(a, c)).toEqual([{ cell: "t2.fee.amount", was: 5313.9461, now: 5314 }]);
  });
});
