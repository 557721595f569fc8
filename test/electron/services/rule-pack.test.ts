import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { openSession } from "../../../electron/node/services/open-session.js";
import { exportFiles } from "../../../electron/node/services/export.js";
import { dispatch } from "../../../electron/node/ipc/dispatch.js";
import type { NianbaoApi } from "../../../shared/ipc/contract.js";
import { auditFindings } from "../../../shared/audit/findings.js";

const CORPUS = new URL("../../fixtures/corpus/", import.meta.url).pathname;
const ZIYANG = "000_717827ae4ea6615a.txt";
const dir = mkdtempSync(join(tmpdir(), "nb-rulepack-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const host = { choose: async () => null, importPaths: () => Promise.reject(new Error("no")) };

async function open(path: string) {
  const s = await openSession(path, "browser");
  if ("code" in s) throw new Error(s.message);
  return { s, api: s.api(host) as NianbaoApi };
}

const rulesFired = (s: { audit: Parameters<typeof auditFindings>[0] }) =>
  new Set(auditFindings(s.audit).flatMap((c) => c.findings.map((f) => f.rule)));

describe("the audit's rule pack in the session", () => {
  it("is set, saved, recorded, re-checks at once, survives reopening, and is cleared", async () => {
    const path = join(dir, "set.nbaudit");
    const { s, api } = await open(path);
    await api["audit:setInspector"]({ name: "张三" });
    const data = readFileSync(join(CORPUS, ZIYANG)).toString("base64");
    await api["audit:import"]({ files: [{ name: ZIYANG, data }] });
    expect(rulesFired(s).has("D02")).toBe(true);

    const text = JSON.stringify({ name: "试行", rules: { D02: { enabled: false } } });
    const set = await api["audit:setRulePack"]({ fileName: "试行.json", text });
    expect(set.kind).toBe("set");
    if (set.kind !== "set") return;
    expect(set.snapshot.audit.rulePack).toMatchObject({ fileName: "试行.json", text, by: "张三" });
    expect(set.snapshot.audit.rules).toEqual({ rules: { D02: { enabled: false } } });
    expect(rulesFired(s).has("D02")).toBe(false);
    const entry = s.history().entries.at(-1);
    expect(entry).toMatchObject({
      kind: "rule-pack",
      reportId: null,
      detail: { fileName: "试行.json", name: "试行", from: null, changes: "停用 D02", text },
    });

    // The workbook's 生成信息 names it.
    const [xlsx] = await exportFiles(s.audit, {
      reportIds: s.audit.reports.map((r) => r.id),
      scope: "open",
      includeDismissed: false,
      perReport: false,
      addressee: "",
      office: "",
      date: "2024-03-05",
      docx: false,
      xlsx: true,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx?.bytes ?? []) as unknown as ArrayBuffer);
    const about = wb.getWorksheet("生成信息")?.getColumn(1).values.map(String) ?? [];
    expect(about).toContain("规则包：试行.json「试行」，停用 D02");

    await s.save();
    const again = await open(path);
    expect(again.s.audit.rulePack?.fileName).toBe("试行.json");
    expect(rulesFired(again.s).has("D02")).toBe(false);

    const cleared = await again.api["audit:clearRulePack"]({});
    expect(cleared.audit.rulePack).toBeUndefined();
    expect(cleared.audit.rules).toBeUndefined();
    expect(rulesFired(again.s).has("D02")).toBe(true);
    expect(again.s.history().entries.at(-1)).toMatchObject({
      kind: "rule-pack",
      detail: { fileName: null, from: "试行.json" },
    });
    const third = await open(path);
    expect(third.s.audit.rulePack).toBeUndefined();
  });

  it("refuses a pack that is not JSON or has an invalid entry, each with its code", async () => {
    const { s, api } = await open(join(dir, "refuse.nbaudit"));
    const seq = s.history().entries.length;
    const notJson = await api["audit:setRulePack"]({ fileName: "坏.json", text: "{ rules: " });
    expect(notJson).toMatchObject({
      kind: "refused",
      fileName: "坏.json",
      problem: { code: "RULE_PACK_NOT_JSON", message: "规则包不是有效的 JSON 文件" },
    });
    const bad = JSON.stringify({ rules: { D02: { enabled: "no" }, X99: {} } });
    const invalid = await api["audit:setRulePack"]({ fileName: "错.json", text: bad });
    expect(invalid.kind).toBe("refused");
    if (invalid.kind !== "refused") return;
    expect(invalid.problem.code).toBe("RULE_PACK_INVALID");
    expect(invalid.problem.errors.map((e) => [e.code, e.path])).toEqual([
      ["PACK_BAD_VALUE", "rules.D02.enabled"],
      ["PACK_UNKNOWN_RULE", "rules.X99"],
    ]);
    for (const e of invalid.problem.errors) expect(e.message).toMatch(/\p{Script=Han}/u);
    // Nothing of a refused pack applies, nothing is recorded.
    expect(s.audit.rulePack).toBeUndefined();
    expect(s.audit.rules).toBeUndefined();
    expect(s.history().entries).toHaveLength(seq);
    // No dialog in browser mode: nothing chosen.
    expect(await api["audit:chooseRulePack"]({})).toEqual({ kind: "cancelled" });
  });

  it("validates the request in main", async () => {
    const { api } = await open(join(dir, "zod.nbaudit"));
    const res = await dispatch(api, "audit:setRulePack", { text: "{}" });
    expect(res).toMatchObject({ ok: false, error: { code: "INVALID_REQUEST" } });
    const long = await dispatch(api, "audit:setRulePack", {
      fileName: "大.json",
      text: " ".repeat(1_000_001),
    });
    expect(long).toMatchObject({
      ok: true,
      value: { kind: "refused", problem: { code: "RULE_PACK_TOO_LARGE" } },
    });
  });
});
