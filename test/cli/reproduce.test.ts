import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { APP_ROOT } from "../../electron/node/paths.js";
import { openSession } from "../../electron/node/services/open-session.js";
import { auditFromFiles } from "../../electron/node/services/file-audit.js";
import { auditFindings } from "../../shared/audit/findings.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";

const SAMPLES = join(APP_ROOT, "build", "samples");
const files = readdirSync(SAMPLES)
  .sort()
  .map((f) => join(SAMPLES, f));
const check = () => {
  const res = spawnSync(
    "node",
    [join(APP_ROOT, "bin", "nianbao.js"), "check", "--json", ...files],
    {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    },
  );
  return JSON.parse(res.stdout) as { file: string; report: { findings: object[] } }[];
};

beforeAll(() => {
  if (!existsSync(join(APP_ROOT, "dist", "cli.js")))
    execFileSync("npm", ["run", "build"], { cwd: APP_ROOT, stdio: "inherit" });
});

describe("reproducibility", () => {
  it("check gives the same findings on the same files, as the workbench's audit does", async () => {
    const [a, b] = [check(), check()];
    expect(b.map((r) => r.report.findings)).toEqual(a.map((r) => r.report.findings));
    const s = await openSession(
      join(mkdtempSync(join(tmpdir(), "nb-repro-")), "a.nbaudit"),
      "browser",
      SAMPLES,
    );
    if ("code" in s) throw new Error(s.message);
    const bySha = new Map(s.audit.reports.map((r) => [r.sha256, r]));
    const audit = auditFindings(s.audit).map((c) => c.findings);
    for (const [i, file] of files.entries()) {
      const sha = createHash("sha256").update(readFileSync(file)).digest("hex");
      const r = bySha.get(sha);
      expect(r, file).toBeDefined();
      const own = audit[s.audit.reports.indexOf(r!)] ?? [];
      const cli = a[i]!.report.findings as { rule: string; cells: string[] }[];
      expect(cli.map((f) => `${f.rule}:${f.cells.join(",")}`)).toEqual(
        own.map((f) => `${f.rule}:${f.cells.join(",")}`),
      );
    }
  });

  it("names each input of a memo made from files by the SHA-256 of its bytes, as the workbench does", async () => {
    const { audit } = await auditFromFiles(files, "王检查");
    expect(audit.reports.map((r) => r.sha256)).toEqual(
      files.map((f) => createHash("sha256").update(readFileSync(f)).digest("hex")),
    );
  });
});
