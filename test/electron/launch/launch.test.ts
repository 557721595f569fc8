import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { launchPaths, launchTargets } from "../../../electron/node/launch.js";
import { DEFAULT_AUDIT, APP_ROOT } from "../../../electron/node/paths.js";
import { readAuditFile } from "../../../electron/node/store/index.js";

const work = mkdtempSync(join(tmpdir(), "nb-launch-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("launch targets", () => {
  it("opens a named .nbaudit and imports the other paths into it", () => {
    expect(launchTargets(["a.docx", "x/审核.NBAUDIT", "dir"])).toEqual({
      audit: resolve("x/审核.NBAUDIT"),
      files: [resolve("a.docx"), resolve("dir")],
    });
  });

  it("uses the default audit without one, and --audit over a positional one", () => {
    expect(launchTargets([]).audit).toBe(DEFAULT_AUDIT);
    expect(launchTargets(["b.nbaudit"], "a.nbaudit").audit).toBe(resolve("a.nbaudit"));
  });

  it("reads Electron's argv packaged and unpackaged, without Chromium's switches", () => {
    expect(launchPaths(["nianbao.exe", "--inspect", "C:\\审核.nbaudit"], true)).toEqual([
      "C:\\审核.nbaudit",
    ]);
    expect(launchPaths(["electron", ".", "a.txt"], false)).toEqual(["a.txt"]);
  });
});

/** Runs `serve` until it prints its address, then stops it (it saves on SIGTERM). */
function serve(args: string[]): Promise<string> {
  const child = spawn("node", [join(APP_ROOT, "bin", "nianbao.js"), "serve", ...args]);
  let out = "";
  return new Promise((done, fail) => {
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("按 Ctrl+C 退出")) child.kill("SIGTERM");
    });
    child.on("exit", () => done(out));
    child.on("error", fail);
  });
}

describe("serve FILES|AUDIT", () => {
  const fixtures = join(APP_ROOT, "test", "fixtures");
  it("imports the named reports into the named audit, without the samples, and says what it took", async () => {
    const audit = join(work, "命令行.nbaudit");
    const out = await serve([
      join(fixtures, "corpus", "001_8a851489e2403959.docx"),
      join(fixtures, "examples", "e001.txt"),
      join(APP_ROOT, "package.json"),
      audit,
    ]);
    expect(out).toContain("导入 2 份报告（共 3 个文件）");
    expect(out).toContain("package.json：[");
    expect(out).toContain(`审核文件：${audit}`);
    const stored = await readAuditFile(audit);
    if ("code" in stored) throw new Error(stored.message);
    expect(stored.audit.reports.map((r) => r.fileName).sort()).toEqual([
      "001_8a851489e2403959.docx",
      "e001.txt",
    ]);
    const again = await serve([join(fixtures, "examples", "e001.txt"), "--audit", audit]);
    expect(again).toContain("导入 0 份报告（共 1 个文件）");
    expect(again).toContain("e001.txt：已在审核中，未重复导入");
  }, 60_000);
});
