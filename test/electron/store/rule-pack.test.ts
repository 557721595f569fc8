import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { packInForce, packStamp } from "../../../shared/audit/rule-pack.js";
import { auditFindings } from "../../../shared/audit/findings.js";
import { encodeAudit } from "../../../electron/node/store/audit-db.js";
import { decodeAudit } from "../../../electron/node/store/decode.js";
import { loadSql } from "../../../electron/node/store/sqljs.js";
import {
  readAuditFile,
  writeAuditFile,
  type StoredAudit,
} from "../../../electron/node/store/index.js";
import { sampleAudit } from "./fixture.js";

const dir = mkdtempSync(join(tmpdir(), "nb-pack-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PACK = JSON.stringify({
  name: "本省口径",
  rules: { D02: { enabled: false }, A05: { severity: "error" } },
  places: { 昆山市: "county" },
});
const saved = (text: string) => ({
  fileName: "本省.json",
  text,
  by: "张三",
  at: "2024-03-02T08:00:00.000Z",
});

async function reopen(data: StoredAudit): Promise<StoredAudit> {
  const got = decodeAudit(await loadSql(), encodeAudit(await loadSql(), data));
  if ("code" in got) throw new Error(got.message);
  return got;
}

describe("the rule pack saved with the audit", () => {
  it("comes back as saved, and in force", async () => {
    const data = sampleAudit();
    data.audit.rulePack = saved(PACK);
    const back = await reopen(data);
    expect(back.audit.rulePack).toEqual(saved(PACK));
    expect(back.audit.rules).toEqual({
      rules: { D02: { enabled: false }, A05: { severity: "error" } },
      places: { 昆山市: "county" },
    });
    // The findings of the reopened audit are those of the pack: no D02.
    const plain = auditFindings({ reports: back.audit.reports }).flatMap((c) => c.findings);
    const packed = auditFindings(back.audit).flatMap((c) => c.findings);
    expect(plain.some((f) => f.rule === "D02")).toBe(true);
    expect(packed.some((f) => f.rule === "D02")).toBe(false);
    expect(packStamp(back.audit)).toBe(
      "规则包：本省.json「本省口径」，停用 D02；调整 A05；指定层级 1 处",
    );
  });

  it("an audit without one opens with the catalog", async () => {
    const back = await reopen(sampleAudit());
    expect(back.audit.rulePack).toBeUndefined();
    expect(back.audit.rules).toBeUndefined();
    expect(packStamp(back.audit)).toBe("规则包：无（按规则目录的默认设置审核）");
  });

  it("one this version no longer accepts: the audit opens with the catalog, the pack kept and said", async () => {
    const path = join(dir, "stale.nbaudit");
    const data = sampleAudit();
    // A rule the catalog no longer has, as after an upgrade that retired it.
    const stale = JSON.stringify({ rules: { D02: { enabled: false }, X99: { enabled: false } } });
    data.audit.rulePack = saved(stale);
    await writeAuditFile(path, data);
    const got = await readAuditFile(path);
    if ("code" in got) throw new Error(got.message);
    expect(got.audit.rules).toBeUndefined();
    expect(got.audit.rulePack?.text).toBe(stale);
    const { rules, problem } = packInForce(got.audit.rulePack);
    expect(rules).toBeUndefined();
    expect(problem?.code).toBe("RULE_PACK_STALE");
    expect(problem?.message).toMatch(/按默认规则审核/);
    expect(problem?.errors.map((e) => [e.code, e.path])).toEqual([
      ["PACK_UNKNOWN_RULE", "rules.X99"],
    ]);
    expect(packStamp(got.audit)).toMatch(/^规则包：本省\.json（已不被本版本接受/);
    // Saved again: still there for the inspector to fix or clear, never dropped.
    await writeAuditFile(path, got);
    const again = await readAuditFile(path);
    if ("code" in again) throw new Error(again.message);
    expect(again.audit.rulePack?.text).toBe(stale);
  });

  it("a record this version cannot read keeps its text and is said", async () => {
    const data = sampleAudit();
    data.audit.rulePack = saved("{ not json");
    const back = await reopen(data);
    expect(back.audit.rulePack?.text).toBe("{ not json");
    expect(packInForce(back.audit.rulePack).problem?.errors[0]?.code).toBe("RULE_PACK_NOT_JSON");
  });
});
