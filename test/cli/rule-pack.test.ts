import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ROOT } from "../../electron/node/paths.js";
import { writeAuditFile } from "../../electron/node/store/index.js";
import { corpusAudit } from "../electron/memo/audit.js";

let work: string;
let audit: string;
const cli = (...args: string[]) =>
  spawnSync("node", [join(APP_ROOT, "bin", "nianbao.js"), ...args], { encoding: "utf8" });
const rulesOf = (stdout: string) =>
  new Set(
    (JSON.parse(stdout) as { report: { findings: { rule: string }[] } }[]).flatMap((o) =>
      o.report.findings.map((f) => f.rule),
    ),
  );
const saved = (text: string) => ({ fileName: "本省.json", text, by: "王检查", at: "2024-03-02" });

beforeAll(async () => {
  if (!existsSync(join(APP_ROOT, "dist", "cli.js")))
    execFileSync("npm", ["run", "build"], { cwd: APP_ROOT, stdio: "inherit" });
  work = mkdtempSync(join(tmpdir(), "nianbao-pack-cli-"));
  const a = await corpusAudit();
  a.rulePack = saved(JSON.stringify({ name: "本省口径", rules: { D02: { enabled: false } } }));
  audit = join(work, "审核.nbaudit");
  await writeAuditFile(audit, { audit: a, sources: new Map(), history: [] });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the CLI on an audit file uses the rule pack saved with it", () => {
  it("check: the saved pack applies; --rules overrides it for the run", () => {
    const res = cli("check", "--json", audit);
    expect(res.status).not.toBe(2);
    const found = rulesOf(res.stdout);
    expect(found.size).toBeGreaterThan(0);
    expect(found.has("D02")).toBe(false);
    const other = join(work, "另一.json");
    writeFileSync(other, JSON.stringify({ rules: { D01: { enabled: false } } }));
    const over = rulesOf(cli("check", "--json", "--rules", other, audit).stdout);
    expect(over.has("D02")).toBe(true);
    expect(over.has("D01")).toBe(false);
  });

  it("memo: the workbook's 生成信息 names the pack; --rules names the run's", async () => {
    const xlsx = join(work, "清单.xlsx");
    expect(cli("memo", "--xlsx", xlsx, audit).status).toBe(0);
    const about = async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsx);
      return wb.getWorksheet("生成信息")?.getColumn(1).values.map(String) ?? [];
    };
    expect(await about()).toContain("规则包：本省.json「本省口径」，停用 D02");
    const other = join(work, "试行.json");
    writeFileSync(other, JSON.stringify({ rules: { D01: { severity: "warning" } } }));
    expect(cli("memo", "--xlsx", xlsx, "--rules", other, audit).status).toBe(0);
    expect(await about()).toContain("规则包：试行.json，调整 D01");
  });

  it("a saved pack this version no longer accepts is said on stderr, and the catalog applies", async () => {
    const a = await corpusAudit();
    a.rulePack = saved(JSON.stringify({ rules: { D02: { enabled: false }, X99: {} } }));
    const stale = join(work, "旧.nbaudit");
    await writeAuditFile(stale, { audit: a, sources: new Map(), history: [] });
    const res = cli("check", "--json", stale);
    expect(res.stderr).toContain("[RULE_PACK_STALE]");
    expect(res.stderr).toContain("「rules.X99」[PACK_UNKNOWN_RULE] 未知规则「X99」");
    expect(rulesOf(res.stdout).has("D02")).toBe(true);
  });
});
