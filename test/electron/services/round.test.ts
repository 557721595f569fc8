import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSession } from "../../../electron/node/services/open-session.js";
import { findingKey } from "../../../shared/model/finding.js";
import type { AuditReport } from "../../../shared/model/audit.js";
import { auditFindings } from "../../../shared/audit/findings.js";
import { compareRound } from "../../../shared/rectify/round.js";
import { changedSections, diffCells } from "../../../shared/rectify/diff.js";
import { buildMemos, memoText } from "../../../shared/memo/index.js";
import { exportFiles } from "../../../electron/node/services/export.js";
import JSZip from "jszip";

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

/** A report file of the test, as an import takes it. */
const up = (name: string, text: string) => ({
  name,
  bytes: new TextEncoder().encode(text),
  fromFolder: false,
});

describe("the rectification round (整改复核)", () => {
  it("marks each earlier problem 已整改 / 未整改 and the new one 新增", async () => {
    const s = await openSession(join(dir, "round.nbaudit"), "browser");
    if ("code" in s) throw new Error(s.message);
    const text = readFileSync(KELAN, "utf8");
    await s.importFiles([up("岢岚县2020年报告.txt", text)]);
    const original = s.audit.reports[0] as AuditReport;
    const before = auditFindings({ reports: [original] })[0]?.findings ?? [];
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
    const [fa, fb] = auditFindings({ reports: [was, now] });
    const items = compareRound(was, fa?.findings ?? [], fb?.findings ?? []);
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

describe("the memos of a rectification round", () => {
  it("groups problems, states 整改要求, the people and the stamp; the round memo lists what is open", async () => {
    const s = await openSession(join(dir, "memo.nbaudit"), "browser");
    if ("code" in s) throw new Error(s.message);
    const text = readFileSync(KELAN, "utf8");
    await s.importFiles([up("岢岚县.txt", text), up("岢岚县（整改后）.txt", corrected(text))]);
    const [a, b] = s.audit.reports as [AuditReport, AuditReport];
    // A new audit has no inspector until she gives her name (never the system account).
    expect(s.audit.inspector).toBe("");
    await s.setInspector("王检查");
    const before = auditFindings({ reports: [a] })[0]?.findings ?? [];
    for (const rule of ["D01", "C01", "S02"]) {
      const f = before.find((x) => x.rule === rule)!;
      await s.mutate(a.id, { kind: "verdict", key: findingKey(f), status: "confirmed", note: "" });
    }
    await s.setInspector("李复核");
    await s.mutate(a.id, { kind: "sign-off", seq: s.snapshot().historySeq, note: "同意" });
    await s.mutate(b.id, { kind: "round", of: a.id });
    const base = {
      reportIds: [a.id],
      scope: "confirmed" as const,
      includeDismissed: false,
      perReport: true,
      addressee: "",
      office: "某省政务公开办",
      date: "2026-12-02",
      app: "9.9.9",
    };
    const [memo] = buildMemos(s.audit, base);
    const t = memoText(memo!);
    expect(t.indexOf("格式规范方面（1个）")).toBeLessThan(t.indexOf("数据准确方面（1个）"));
    expect(t.indexOf("数据准确方面（1个）")).toBeLessThan(t.indexOf("内容完整方面（1个）"));
    expect(t).toContain("整改要求：对照国办公开办函〔2019〕60号规定的格式");
    expect(t).toContain("审核人员：王检查");
    expect(t).toContain("复核人员：李复核");
    expect(t).toContain("nianbao 9.9.9，审核规则目录");
    expect(t).toContain(`岢岚县.txt  SHA-256 ${a.sha256}`);

    const [round] = buildMemos(s.audit, { ...base, reportIds: [b.id], round: true });
    const r = memoText(round!);
    expect(round!.title).toContain("整改情况的复核意见");
    expect(r).toContain(
      "原审核意见指出问题3个。经复核，已整改1个，未整改2个；整改后文本新发现问题1个",
    );
    const part = (from: string, to: string) => r.slice(r.indexOf(from), r.lastIndexOf(to));
    expect(part("已整改的问题", "尚未整改的问题")).toContain("无规章制定权");
    expect(part("尚未整改的问题", "整改后文本新发现的问题")).toMatch(/C01|未填写/);
    expect(part("整改后文本新发现的问题", "整改要求")).toContain("行政复议");
    expect(r).toContain(`岢岚县（整改后）.txt  SHA-256 ${b.sha256}`);

    const files = await exportFiles(s.audit, {
      ...base,
      reportIds: [b.id],
      round: true,
      docx: true,
      xlsx: true,
    });
    expect(files.map((f) => f.name)).toEqual([
      "整改复核意见-岢岚县人民政府2020.docx",
      "年报审核问题清单.xlsx",
    ]);
    const xml = await (await JSZip.loadAsync(files[0]!.bytes))
      .file("word/document.xml")!
      .async("string");
    expect(xml).toContain("整改情况的复核意见".slice(0, 4));
    // The SHA-256 stay with the inspector (the workbook), not in the county's memo.
    expect(xml.replace(/\u200b/g, "")).not.toContain(b.sha256);
    const wb = await JSZip.loadAsync(files[1]!.bytes);
    const strings = await wb.file("xl/sharedStrings.xml")!.async("string");
    expect(strings).toContain(b.sha256);
  });
});
