import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSession } from "../../../electron/node/services/open-session.js";
import type { AuditSession } from "../../../electron/node/services/audit-service.js";
import { loadSql } from "../../../electron/node/store/sqljs.js";
import { effectiveReport } from "../../../shared/audit/effective.js";
import { evidenceChanges } from "../../../shared/model/evidence.js";
import type { AuditReport } from "../../../shared/model/audit.js";
import { findingKey, type Finding } from "../../../shared/model/finding.js";
import { auditFindings } from "../../../shared/audit/findings.js";
import { parseRulePack } from "../../../shared/rules/pack.js";
import type { NianbaoApi } from "../../../shared/ipc/contract.js";

const CORPUS = new URL("../../fixtures/corpus/", import.meta.url).pathname;
const ZIYANG = "000_717827ae4ea6615a.txt";
const KELAN = "001_8a851489e2403959.txt";
const dir = mkdtempSync(join(tmpdir(), "nb-trail-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function session(name: string): Promise<{ s: AuditSession; api: NianbaoApi; path: string }> {
  const path = join(dir, name);
  const s = await openSession(path, "browser");
  if ("code" in s) throw new Error(s.message);
  const api = s.api({
    choose: async () => null,
    importPaths: async () => {
      throw new Error("no");
    },
  });
  const files = [ZIYANG, KELAN].map((f) => ({
    name: f,
    data: readFileSync(join(CORPUS, f)).toString("base64"),
  }));
  await api["audit:import"]({ files });
  return { s, api, path };
}

function findingsOf(reports: readonly AuditReport[], id: string, pack?: unknown): Finding[] {
  const i = reports.findIndex((r) => r.id === id);
  const rules = pack ? parseRulePack(pack).pack : undefined;
  return [...(auditFindings({ reports, rules })[i]?.findings ?? [])];
}

const report = (s: AuditSession, agency: string) =>
  s.audit.reports.find((r) => r.report.agency === agency) as AuditReport;

describe("verdicts bound to evidence", () => {
  it("keeps a verdict over re-checks and a rule-pack change, and marks changed evidence", async () => {
    const { s, api } = await session("evidence.nbaudit");
    const r = report(s, "紫阳县人民政府");
    const d02 = findingsOf(s.audit.reports, r.id).find((f) => f.rule === "D02") as Finding;
    const key = findingKey(d02);
    await api["audit:setVerdict"]({ reportId: r.id, key, status: "confirmed", note: "照抄" });
    const judged = report(s, "紫阳县人民政府").verdicts[key];
    expect(judged?.evidence).toEqual({
      rule: "D02",
      code: d02.code,
      cells: Object.fromEntries(d02.cells.map((c) => [c, r.report.cells[c]?.value])),
      params: d02.params,
    });

    // An edit elsewhere: the finding and its evidence are unchanged, the verdict applies as given.
    await api["audit:setCorrection"]({
      reportId: r.id,
      cell: "t3.new.natural",
      value: 6,
      clear: false,
    });
    let now = report(s, "紫阳县人民政府");
    let again = findingsOf(s.audit.reports, r.id).find((f) => findingKey(f) === key) as Finding;
    expect(evidenceChanges(now.verdicts[key]!, again, effectiveReport(now))).toBeNull();

    // Another rule pack (D02 made an error): the same finding, the same verdict.
    const packed = findingsOf(s.audit.reports, r.id, { rules: { D02: { severity: "error" } } });
    const same = packed.find((f) => findingKey(f) === key) as Finding;
    expect(same.severity).toBe("error");
    expect(evidenceChanges(now.verdicts[key]!, same, effectiveReport(now))).toBeNull();

    // The judged row changes but stays a copy of the other: still the finding, evidence changed.
    const [a, b] = d02.cells.filter((c) => c.endsWith(".prev")) as [string, string];
    await api["audit:setCorrection"]({ reportId: r.id, cell: a, value: 9, clear: false });
    await api["audit:setCorrection"]({ reportId: r.id, cell: b, value: 9, clear: false });
    now = report(s, "紫阳县人民政府");
    again = findingsOf(s.audit.reports, r.id).find((f) => findingKey(f) === key) as Finding;
    expect(again).toBeDefined();
    const changed = evidenceChanges(now.verdicts[key]!, again, effectiveReport(now));
    expect(changed?.cells.map((c) => [c.cell, c.now])).toEqual([
      [a, 9],
      [b, 9],
    ]);
    expect(now.verdicts[key]?.status).toBe("confirmed");
  });

  it("records 解析有误 as its own verdict and withdraws only on request", async () => {
    const { s, api } = await session("misread.nbaudit");
    const r = report(s, "岢岚县人民政府");
    const c01 = findingsOf(s.audit.reports, r.id).find((f) => f.rule === "C01") as Finding;
    const key = findingKey(c01);
    await api["audit:setVerdict"]({ reportId: r.id, key, status: "misread", note: "原文有数" });
    expect(report(s, "岢岚县人民政府").verdicts[key]?.status).toBe("misread");
    await api["audit:setVerdict"]({ reportId: r.id, key, status: null, note: "" });
    expect(report(s, "岢岚县人民政府").verdicts[key]).toBeUndefined();
    const kinds = s.history(r.id).entries.filter((e) => e.kind === "verdict");
    expect(kinds.map((e) => [e.detail.from, e.detail.status])).toEqual([
      [null, "misread"],
      ["misread", null],
    ]);
  });
});

describe("the history", () => {
  it("records every action in order, signs off, and survives a reopen intact", async () => {
    const { s, api, path } = await session("history.nbaudit");
    const r = report(s, "紫阳县人民政府");
    await api["audit:setCorrection"]({
      reportId: r.id,
      cell: "t3.new.natural",
      value: 7,
      clear: false,
    });
    await api["audit:addRemark"]({ reportId: r.id, target: { kind: "report" }, text: "待复核" });
    await api["audit:setInspector"]({ name: "李复核" });
    const seq = (await api["audit:get"]({})).historySeq;
    await api["audit:signOff"]({ reportId: r.id, seq, note: "同意", reviewer: "李复核" });
    await api["audit:setCorrection"]({
      reportId: r.id,
      cell: "t3.new.natural",
      value: 5,
      clear: false,
    });
    const kinds = (await api["audit:history"]({})).entries.map((e) => e.kind);
    expect(kinds).toEqual([
      "import",
      "import",
      "correction",
      "remark",
      "inspector",
      "sign-off",
      "correction",
    ]);
    const reviewed = report(s, "紫阳县人民政府").review;
    expect(reviewed).toMatchObject({ by: "李复核", seq, note: "同意" });
    const since = s.history(r.id).entries.filter((e) => e.reportId === r.id && e.seq > seq);
    expect(since.map((e) => e.kind)).toEqual(["sign-off", "correction"]);

    await s.save();
    const reopened = await openSession(path, "browser");
    if ("code" in reopened) throw new Error(reopened.message);
    expect(reopened.snapshot().integrity).toEqual({ ok: true, brokenAt: null, entries: 7 });
    expect(reopened.history().entries.map((e) => e.kind)).toEqual(kinds);
  });

  it("detects an entry edited or removed in the saved file, and never rewrites it", async () => {
    const { s, path } = await session("tamper.nbaudit");
    const r = report(s, "紫阳县人民政府");
    for (const v of [1, 2, 3])
      await s.mutate(r.id, { kind: "correction", cell: "t3.new.natural", value: v, clear: false });
    await s.save();
    const SQL = await loadSql();
    const tamper = async (sql: string, name: string) => {
      const db = new SQL.Database(readFileSync(path));
      db.run(sql);
      const out = join(dir, name);
      writeFileSync(out, db.export());
      db.close();
      const opened = await openSession(out, "browser");
      if ("code" in opened) throw new Error(opened.message);
      return opened;
    };
    const edited = await tamper(
      `UPDATE history SET detail_json = '{"cell":"t3.new.natural","from":5,"to":500}' WHERE seq = 4`,
      "edited.nbaudit",
    );
    expect(edited.snapshot().integrity).toMatchObject({ ok: false, brokenAt: 4 });
    // New work goes on and is saved; the altered entry stays as found and still fails the check.
    await edited.mutate(r.id, {
      kind: "correction",
      cell: "t3.new.natural",
      value: 8,
      clear: false,
    });
    await edited.save();
    const again = await openSession(join(dir, "edited.nbaudit"), "browser");
    if ("code" in again) throw new Error(again.message);
    expect(again.snapshot().integrity).toMatchObject({ ok: false, brokenAt: 4 });
    expect(again.history().entries.find((e) => e.seq === 4)?.detail.to).toBe(500);

    const removed = await tamper("DELETE FROM history WHERE seq = 3", "removed.nbaudit");
    expect(removed.snapshot().integrity).toMatchObject({ ok: false, brokenAt: 4 });
    const cut = await tamper("DELETE FROM history WHERE seq = 5", "cut.nbaudit");
    expect(cut.snapshot().integrity).toMatchObject({ ok: false, brokenAt: 5 });
  });
});
