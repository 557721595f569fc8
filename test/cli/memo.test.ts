import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ROOT } from "../../electron/node/paths.js";
import { writeAuditFile } from "../../electron/node/store/index.js";
import { renderMessage } from "../../shared/messages/zh-CN.js";
import { RULE_CATALOG } from "../../shared/rules/index.js";
import { CORPUS_TXT, byAgency, corpusAudit, findingsOf, judge } from "../electron/memo/audit.js";
import { docxParagraphs } from "../electron/memo/ooxml.js";

let work: string;
const cli = (...args: string[]) =>
  spawnSync("node", [join(APP_ROOT, "bin", "nianbao.js"), ...args], { encoding: "utf8" });
const docxText = async (path: string) =>
  (await docxParagraphs(new Uint8Array(readFileSync(path)))).join("\n");

beforeAll(() => {
  if (!existsSync(join(APP_ROOT, "dist", "cli.js")))
    execFileSync("npm", ["run", "build"], { cwd: APP_ROOT, stdio: "inherit" });
  work = mkdtempSync(join(tmpdir(), "nianbao-memo-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("nianbao memo", () => {
  it("states every error and warning of `check` when no verdicts are given", async () => {
    const out = join(work, "审核意见.docx");
    const res = cli(
      "memo",
      "--out",
      out,
      "--xlsx",
      join(work, "清单.xlsx"),
      "--office",
      "某省政务公开办",
      ...CORPUS_TXT,
    );
    expect(res.status).toBe(0);
    const checked = JSON.parse(cli("check", "--json", ...CORPUS_TXT).stdout) as {
      report: { findings: { severity: string; message: string }[] };
    }[];
    const text = await docxText(out);
    for (const f of checked.flatMap((c) => c.report.findings))
      if (f.severity === "info") expect(text).not.toContain(`】${f.message}`);
      else expect(text).toContain(`】${f.message}`);
    expect(text).toContain("某省政务公开办");
    expect(existsSync(join(work, "清单.xlsx"))).toBe(true);
  });

  it("writes one memo per report beside --out", () => {
    const res = cli(
      "memo",
      "--per-report",
      "--out",
      join(work, "单份", "意见.docx"),
      ...CORPUS_TXT,
    );
    expect(res.status).toBe(0);
    const files = readdirSync(join(work, "单份"));
    expect(files).toHaveLength(5);
    expect(files.every((f) => /^意见-.+\.docx$/.test(f))).toBe(true);
  });

  it("reads an .nbaudit with the inspector's verdicts", async () => {
    const audit = await corpusAudit();
    const kelan = byAgency(audit, "岢岚县人民政府");
    const found = findingsOf(audit).get(kelan.id) ?? [];
    const d01 = found.find((f) => f.rule === "D01")!;
    const s02 = found.find((f) => f.rule === "S02")!;
    judge(kelan, d01, "confirmed", "确有错误");
    judge(kelan, s02, "dismissed", "可以接受");
    const path = join(work, "审核.nbaudit");
    await writeAuditFile(path, { audit, sources: new Map(), history: [] });
    const out = join(work, "从审核文件.docx");
    expect(cli("memo", "--out", out, "--dismissed", path).status).toBe(0);
    const text = await docxText(out);
    expect(text).toContain(`】${renderMessage(d01)}`);
    expect(text).toContain("审核人员意见：确有错误。");
    // Dismissed: only in the appendix; open findings of a judged audit stay out.
    expect(text.split("附件\n")[0]).not.toContain(renderMessage(s02));
    expect(text).toContain("排除理由：可以接受。");
    expect(text).not.toContain("共20行，每行有7个单元格未填写");
  });

  it("reports a file it cannot read and still writes the memo of the others", async () => {
    const bad = join(work, "坏.pdf");
    writeFileSync(bad, "不是PDF");
    const out = join(work, "部分.docx");
    const res = cli("memo", "--out", out, bad, CORPUS_TXT[0] as string);
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/坏\.pdf：无法读取 \[[A-Z_]+\]/);
    expect(await docxText(out)).toContain("紫阳县人民政府");
  });

  it("states the findings of --rules and the level of --level, as the rules used them", () => {
    const pack = join(work, "规则包.json");
    writeFileSync(pack, JSON.stringify({ rules: { D01: { enabled: false } } }));
    const file = CORPUS_TXT[0] as string;
    const plain = cli("memo", "--text", file).stdout;
    const res = cli("memo", "--text", "--rules", pack, "--level", "province", file);
    expect(res.status).toBe(0);
    expect(plain).toContain(`对照${RULE_CATALOG.length}项审核规则`);
    expect(res.stdout).toContain(`对照${RULE_CATALOG.length - 1}项审核规则`);
    expect(res.stdout).toContain("发布机关按省级人民政府审核");
    expect(plain).not.toContain("发布机关按省级人民政府审核");
  });

  it("names a level in `check`'s summary as the memo does (one table of names)", () => {
    const file = CORPUS_TXT.find((f) => f.includes("004_")) as string;
    expect(cli("check", file).stdout).toContain(" · 县级政府部门 · ");
    expect(cli("memo", "--text", file).stdout).toContain("发布机关按县级政府部门审核");
  });

  it("refuses a call without an output or with a bad date", () => {
    expect(cli("memo", ...CORPUS_TXT).status).toBe(2);
    const res = cli("memo", "--out", join(work, "x.docx"), "--date", "2024/3/1", ...CORPUS_TXT);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain("用法");
  });
});
